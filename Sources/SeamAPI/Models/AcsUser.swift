import Foundation

/// A person known to one access control system (`acs_user`): a resident or guest of a building.
public struct AcsUser: Codable, Sendable, Equatable, Identifiable {
    public var acsUserId: String
    public var acsSystemId: String
    public var workspaceId: String
    public var createdAt: Date
    public var displayName: String
    public var connectedAccountId: String?
    public var fullName: String?
    public var emailAddress: String?
    /// Deprecated mirror of `emailAddress`.
    public var email: String?
    public var phoneNumber: String?
    public var externalType: String?
    public var externalTypeDisplayName: String?
    public var isManaged: Bool?
    public var isSuspended: Bool?
    public var accessSchedule: AccessSchedule?
    public var hidAcsSystemId: String?
    public var userIdentityId: String?
    public var userIdentityEmailAddress: String?
    public var userIdentityFullName: String?
    public var userIdentityPhoneNumber: String?
    public var lastSuccessfulSyncAt: Date?
    public var pendingMutations: [PendingMutation]
    public var errors: [ResourceError]
    public var warnings: [ResourceWarning]

    public var id: String { acsUserId }

    public init(
        acsUserId: String, acsSystemId: String, workspaceId: String, createdAt: Date, displayName: String,
        connectedAccountId: String? = nil, fullName: String? = nil, emailAddress: String? = nil,
        email: String? = nil, phoneNumber: String? = nil, externalType: String? = nil,
        externalTypeDisplayName: String? = nil, isManaged: Bool? = true, isSuspended: Bool? = false,
        accessSchedule: AccessSchedule? = nil, hidAcsSystemId: String? = nil, userIdentityId: String? = nil,
        userIdentityEmailAddress: String? = nil, userIdentityFullName: String? = nil,
        userIdentityPhoneNumber: String? = nil, lastSuccessfulSyncAt: Date? = nil,
        pendingMutations: [PendingMutation] = [], errors: [ResourceError] = [], warnings: [ResourceWarning] = []
    ) {
        self.acsUserId = acsUserId
        self.acsSystemId = acsSystemId
        self.workspaceId = workspaceId
        self.createdAt = createdAt
        self.displayName = displayName
        self.connectedAccountId = connectedAccountId
        self.fullName = fullName
        self.emailAddress = emailAddress
        self.email = email
        self.phoneNumber = phoneNumber
        self.externalType = externalType
        self.externalTypeDisplayName = externalTypeDisplayName
        self.isManaged = isManaged
        self.isSuspended = isSuspended
        self.accessSchedule = accessSchedule
        self.hidAcsSystemId = hidAcsSystemId
        self.userIdentityId = userIdentityId
        self.userIdentityEmailAddress = userIdentityEmailAddress
        self.userIdentityFullName = userIdentityFullName
        self.userIdentityPhoneNumber = userIdentityPhoneNumber
        self.lastSuccessfulSyncAt = lastSuccessfulSyncAt
        self.pendingMutations = pendingMutations
        self.errors = errors
        self.warnings = warnings
    }

    enum CodingKeys: String, CodingKey {
        case acsUserId = "acs_user_id", acsSystemId = "acs_system_id", workspaceId = "workspace_id"
        case createdAt = "created_at", displayName = "display_name", connectedAccountId = "connected_account_id"
        case fullName = "full_name", emailAddress = "email_address", email, phoneNumber = "phone_number"
        case externalType = "external_type", externalTypeDisplayName = "external_type_display_name"
        case isManaged = "is_managed", isSuspended = "is_suspended", accessSchedule = "access_schedule"
        case hidAcsSystemId = "hid_acs_system_id", userIdentityId = "user_identity_id"
        case userIdentityEmailAddress = "user_identity_email_address"
        case userIdentityFullName = "user_identity_full_name"
        case userIdentityPhoneNumber = "user_identity_phone_number"
        case lastSuccessfulSyncAt = "last_successful_sync_at", pendingMutations = "pending_mutations"
        case errors, warnings
    }
}
