/// `/acs/systems/*`: the buildings (and credential managers) of the workspace.
public struct AcsSystems: Sendable {
    let transport: SeamTransport

    /// `GET /acs/systems/list` (not paginated).
    public func list(connectedAccountId: String? = nil, search: String? = nil) async throws -> [AcsSystem] {
        var parameters = RequestParameters()
        parameters.set("connected_account_id", connectedAccountId)
        parameters.set("search", search)
        return try await transport.value(.get, "/acs/systems/list", parameters, key: "acs_systems")
    }

    /// `GET /acs/systems/get`.
    public func get(acsSystemId: String) async throws -> AcsSystem {
        var parameters = RequestParameters()
        parameters.set("acs_system_id", acsSystemId)
        return try await transport.value(.get, "/acs/systems/get", parameters, key: "acs_system")
    }

    /// `GET /acs/systems/list_compatible_credential_manager_acs_systems`: the credential managers
    /// that can issue mobile keys for a building.
    public func listCompatibleCredentialManagerAcsSystems(acsSystemId: String) async throws -> [AcsSystem] {
        var parameters = RequestParameters()
        parameters.set("acs_system_id", acsSystemId)
        return try await transport.value(
            .get, "/acs/systems/list_compatible_credential_manager_acs_systems", parameters, key: "acs_systems")
    }
}
