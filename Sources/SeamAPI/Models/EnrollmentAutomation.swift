import Foundation

/// The enrollment of a user identity with a credential manager (`enrollment_automation`), which
/// lets the manager issue mobile keys to that person's phones.
public struct EnrollmentAutomation: Codable, Sendable, Equatable, Identifiable {
    public var enrollmentAutomationId: String
    public var userIdentityId: String
    public var credentialManagerAcsSystemId: String
    public var workspaceId: String
    public var createdAt: Date

    public var id: String { enrollmentAutomationId }

    public init(enrollmentAutomationId: String, userIdentityId: String, credentialManagerAcsSystemId: String,
                workspaceId: String, createdAt: Date) {
        self.enrollmentAutomationId = enrollmentAutomationId
        self.userIdentityId = userIdentityId
        self.credentialManagerAcsSystemId = credentialManagerAcsSystemId
        self.workspaceId = workspaceId
        self.createdAt = createdAt
    }

    enum CodingKeys: String, CodingKey {
        case enrollmentAutomationId = "enrollment_automation_id", userIdentityId = "user_identity_id"
        case credentialManagerAcsSystemId = "credential_manager_acs_system_id"
        case workspaceId = "workspace_id", createdAt = "created_at"
    }
}
