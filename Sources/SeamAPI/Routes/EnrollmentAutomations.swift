/// `/user_identities/enrollment_automations/*`: enrolling a person with a credential manager.
/// (The official SDKs dropped these wrappers; Seam still serves the routes.)
public struct EnrollmentAutomations: Sendable {
    let transport: SeamTransport

    /// `POST /user_identities/enrollment_automations/launch`. Give either
    /// `createCredentialManagerUser: true` or a `credentialManagerAcsUserId`, not both.
    public func launch(
        userIdentityId: String, credentialManagerAcsSystemId: String, createCredentialManagerUser: Bool? = nil,
        credentialManagerAcsUserId: String? = nil, acsCredentialPoolId: String? = nil
    ) async throws -> EnrollmentAutomation {
        var parameters = RequestParameters()
        parameters.set("user_identity_id", userIdentityId)
        parameters.set("credential_manager_acs_system_id", credentialManagerAcsSystemId)
        parameters.set("create_credential_manager_user", createCredentialManagerUser)
        parameters.set("credential_manager_acs_user_id", credentialManagerAcsUserId)
        parameters.set("acs_credential_pool_id", acsCredentialPoolId)
        return try await transport.value(
            .post, "/user_identities/enrollment_automations/launch", parameters, key: "enrollment_automation")
    }

    /// `GET /user_identities/enrollment_automations/get`.
    public func get(enrollmentAutomationId: String) async throws -> EnrollmentAutomation {
        var parameters = RequestParameters()
        parameters.set("enrollment_automation_id", enrollmentAutomationId)
        return try await transport.value(
            .get, "/user_identities/enrollment_automations/get", parameters, key: "enrollment_automation")
    }

    /// `GET /user_identities/enrollment_automations/list` (not paginated).
    public func list(userIdentityId: String) async throws -> [EnrollmentAutomation] {
        var parameters = RequestParameters()
        parameters.set("user_identity_id", userIdentityId)
        return try await transport.value(
            .get, "/user_identities/enrollment_automations/list", parameters, key: "enrollment_automations")
    }

    /// `DELETE /user_identities/enrollment_automations/delete`.
    public func delete(enrollmentAutomationId: String) async throws {
        var parameters = RequestParameters()
        parameters.set("enrollment_automation_id", enrollmentAutomationId)
        try await transport.void(.delete, "/user_identities/enrollment_automations/delete", parameters)
    }
}
