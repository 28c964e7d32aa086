import Foundation

/// One person across systems (`user_identity`): the resident the front desk thinks in, linked to
/// at most one ACS user per building.
public struct UserIdentity: Codable, Sendable, Equatable, Identifiable {
    public var userIdentityId: String
    public var workspaceId: String
    public var createdAt: Date
    public var displayName: String
    public var fullName: String?
    public var emailAddress: String?
    public var phoneNumber: String?
    public var userIdentityKey: String?
    public var acsUserIds: [String]
    public var mergedUserIdentityIds: [String]
    public var mergedUserIdentityKeys: [String]
    public var errors: [ResourceError]
    public var warnings: [ResourceWarning]

    public var id: String { userIdentityId }

    public init(
        userIdentityId: String, workspaceId: String, createdAt: Date, displayName: String,
        fullName: String? = nil, emailAddress: String? = nil, phoneNumber: String? = nil,
        userIdentityKey: String? = nil, acsUserIds: [String] = [], mergedUserIdentityIds: [String] = [],
        mergedUserIdentityKeys: [String] = [], errors: [ResourceError] = [], warnings: [ResourceWarning] = []
    ) {
        self.userIdentityId = userIdentityId
        self.workspaceId = workspaceId
        self.createdAt = createdAt
        self.displayName = displayName
        self.fullName = fullName
        self.emailAddress = emailAddress
        self.phoneNumber = phoneNumber
        self.userIdentityKey = userIdentityKey
        self.acsUserIds = acsUserIds
        self.mergedUserIdentityIds = mergedUserIdentityIds
        self.mergedUserIdentityKeys = mergedUserIdentityKeys
        self.errors = errors
        self.warnings = warnings
    }

    enum CodingKeys: String, CodingKey {
        case userIdentityId = "user_identity_id", workspaceId = "workspace_id", createdAt = "created_at"
        case displayName = "display_name", fullName = "full_name", emailAddress = "email_address"
        case phoneNumber = "phone_number", userIdentityKey = "user_identity_key", acsUserIds = "acs_user_ids"
        case mergedUserIdentityIds = "merged_user_identity_ids"
        case mergedUserIdentityKeys = "merged_user_identity_keys", errors, warnings
    }
}
