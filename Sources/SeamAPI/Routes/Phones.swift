/// `/phones/*`: the phones of a resident, each holding a child of their multi-phone-sync credential.
public struct Phones: Sendable {
    let transport: SeamTransport

    /// `/phones/simulate/*` (sandbox workspaces only).
    public var simulate: PhonesSimulate { PhonesSimulate(transport: transport) }

    /// `GET /phones/list` (not paginated): a resident's phones, or the phones a credential is on.
    public func list(ownerUserIdentityId: String? = nil, acsCredentialId: String? = nil) async throws -> [Phone] {
        var parameters = RequestParameters()
        parameters.set("owner_user_identity_id", ownerUserIdentityId)
        parameters.set("acs_credential_id", acsCredentialId)
        return try await transport.value(.get, "/phones/list", parameters, key: "phones")
    }

    /// `GET /phones/get`.
    public func get(deviceId: String) async throws -> Phone {
        var parameters = RequestParameters()
        parameters.set("device_id", deviceId)
        return try await transport.value(.get, "/phones/get", parameters, key: "phone")
    }

    /// `DELETE /phones/deactivate`, e.g. for a lost phone.
    public func deactivate(deviceId: String) async throws {
        var parameters = RequestParameters()
        parameters.set("device_id", deviceId)
        try await transport.void(.delete, "/phones/deactivate", parameters)
    }
}
