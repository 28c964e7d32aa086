import Foundation

/// Something that happened in the workspace (`event`), e.g. a credential became usable
/// (`acs_credential.issued`). The ids that the event's type carries are set, the others nil.
public struct SeamEvent: Codable, Sendable, Equatable, Identifiable {
    public var eventId: String
    public var eventType: SeamEventType
    public var workspaceId: String
    public var createdAt: Date
    public var occurredAt: Date?
    public var eventDescription: String?
    public var connectedAccountId: String?
    public var acsSystemId: String?
    public var acsUserId: String?
    public var acsCredentialId: String?
    public var acsEntranceId: String?
    public var acsAccessGroupId: String?
    public var acsEncoderId: String?
    public var userIdentityId: String?
    public var enrollmentAutomationId: String?
    public var actionAttemptId: String?
    public var deviceId: String?
    public var accessGrantId: String?
    public var accessGrantKey: String?
    public var accessMethodId: String?
    /// The grants an `access_method.*` event concerns.
    public var accessGrantIds: [String]
    /// The keys of the grants an `access_method.*` event concerns.
    public var accessGrantKeys: [String]

    public var id: String { eventId }

    public init(
        eventId: String, eventType: SeamEventType, workspaceId: String, createdAt: Date, occurredAt: Date? = nil,
        eventDescription: String? = nil, connectedAccountId: String? = nil, acsSystemId: String? = nil,
        acsUserId: String? = nil, acsCredentialId: String? = nil, acsEntranceId: String? = nil,
        acsAccessGroupId: String? = nil, acsEncoderId: String? = nil, userIdentityId: String? = nil,
        enrollmentAutomationId: String? = nil, actionAttemptId: String? = nil, deviceId: String? = nil,
        accessGrantId: String? = nil, accessGrantKey: String? = nil, accessMethodId: String? = nil,
        accessGrantIds: [String] = [], accessGrantKeys: [String] = []
    ) {
        self.eventId = eventId
        self.eventType = eventType
        self.workspaceId = workspaceId
        self.createdAt = createdAt
        self.occurredAt = occurredAt
        self.eventDescription = eventDescription
        self.connectedAccountId = connectedAccountId
        self.acsSystemId = acsSystemId
        self.acsUserId = acsUserId
        self.acsCredentialId = acsCredentialId
        self.acsEntranceId = acsEntranceId
        self.acsAccessGroupId = acsAccessGroupId
        self.acsEncoderId = acsEncoderId
        self.userIdentityId = userIdentityId
        self.enrollmentAutomationId = enrollmentAutomationId
        self.actionAttemptId = actionAttemptId
        self.deviceId = deviceId
        self.accessGrantId = accessGrantId
        self.accessGrantKey = accessGrantKey
        self.accessMethodId = accessMethodId
        self.accessGrantIds = accessGrantIds
        self.accessGrantKeys = accessGrantKeys
    }

    enum CodingKeys: String, CodingKey {
        case eventId = "event_id", eventType = "event_type", workspaceId = "workspace_id"
        case createdAt = "created_at", occurredAt = "occurred_at", eventDescription = "event_description"
        case connectedAccountId = "connected_account_id", acsSystemId = "acs_system_id"
        case acsUserId = "acs_user_id", acsCredentialId = "acs_credential_id"
        case acsEntranceId = "acs_entrance_id", acsAccessGroupId = "acs_access_group_id"
        case acsEncoderId = "acs_encoder_id", userIdentityId = "user_identity_id"
        case enrollmentAutomationId = "enrollment_automation_id", actionAttemptId = "action_attempt_id"
        case deviceId = "device_id", accessGrantId = "access_grant_id", accessGrantKey = "access_grant_key"
        case accessMethodId = "access_method_id", accessGrantIds = "access_grant_ids"
        case accessGrantKeys = "access_grant_keys"
    }
}
