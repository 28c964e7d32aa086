/// `event_type`. Open: Seam has 100+ types and adds more; the ACS and Access Grant ones are
/// named, any other is kept as it came (`SeamEventType(rawValue:)`, `isKnown == false`).
public struct SeamEventType: OpenEnum, ExpressibleByStringLiteral {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public static let acsSystemConnected: Self = "acs_system.connected"
    public static let acsSystemAdded: Self = "acs_system.added"
    public static let acsSystemDisconnected: Self = "acs_system.disconnected"
    public static let acsUserCreated: Self = "acs_user.created"
    public static let acsUserDeleted: Self = "acs_user.deleted"
    public static let acsCredentialDeleted: Self = "acs_credential.deleted"
    public static let acsCredentialIssued: Self = "acs_credential.issued"
    public static let acsCredentialReissued: Self = "acs_credential.reissued"
    public static let acsCredentialInvalidated: Self = "acs_credential.invalidated"
    public static let acsEntranceAdded: Self = "acs_entrance.added"
    public static let acsEntranceRemoved: Self = "acs_entrance.removed"
    public static let acsAccessGroupDeleted: Self = "acs_access_group.deleted"
    public static let acsEncoderAdded: Self = "acs_encoder.added"
    public static let acsEncoderRemoved: Self = "acs_encoder.removed"
    public static let enrollmentAutomationDeleted: Self = "enrollment_automation.deleted"
    public static let phoneDeactivated: Self = "phone.deactivated"
    public static let actionAttemptUnlockDoorSucceeded: Self = "action_attempt.unlock_door.succeeded"
    public static let actionAttemptUnlockDoorFailed: Self = "action_attempt.unlock_door.failed"
    public static let accessGrantCreated: Self = "access_grant.created"
    public static let accessGrantDeleted: Self = "access_grant.deleted"
    public static let accessGrantAccessGrantedToAllDoors: Self = "access_grant.access_granted_to_all_doors"
    public static let accessGrantAccessGrantedToDoor: Self = "access_grant.access_granted_to_door"
    public static let accessGrantAccessToDoorLost: Self = "access_grant.access_to_door_lost"
    public static let accessGrantAccessTimesChanged: Self = "access_grant.access_times_changed"
    public static let accessGrantCouldNotCreateRequestedAccessMethods: Self =
        "access_grant.could_not_create_requested_access_methods"
    public static let accessMethodCreated: Self = "access_method.created"
    public static let accessMethodIssued: Self = "access_method.issued"
    public static let accessMethodReissued: Self = "access_method.reissued"
    public static let accessMethodRevoked: Self = "access_method.revoked"
    public static let accessMethodDeleted: Self = "access_method.deleted"
    public static let accessMethodCardEncodingRequired: Self = "access_method.card_encoding_required"
    public static let accessMethodDelayInIssuing: Self = "access_method.delay_in_issuing"
    public static let accessMethodFailedToIssue: Self = "access_method.failed_to_issue"

    /// Every named type, for filters and menus.
    public static let allKnown: [SeamEventType] = [
        .acsSystemConnected, .acsSystemAdded, .acsSystemDisconnected, .acsUserCreated, .acsUserDeleted,
        .acsCredentialDeleted, .acsCredentialIssued, .acsCredentialReissued, .acsCredentialInvalidated,
        .acsEntranceAdded, .acsEntranceRemoved, .acsAccessGroupDeleted, .acsEncoderAdded, .acsEncoderRemoved,
        .enrollmentAutomationDeleted, .phoneDeactivated, .actionAttemptUnlockDoorSucceeded,
        .actionAttemptUnlockDoorFailed, .accessGrantCreated, .accessGrantDeleted,
        .accessGrantAccessGrantedToAllDoors, .accessGrantAccessGrantedToDoor, .accessGrantAccessToDoorLost,
        .accessGrantAccessTimesChanged, .accessGrantCouldNotCreateRequestedAccessMethods, .accessMethodCreated,
        .accessMethodIssued, .accessMethodReissued, .accessMethodRevoked, .accessMethodDeleted,
        .accessMethodCardEncodingRequired, .accessMethodDelayInIssuing, .accessMethodFailedToIssue,
    ]

    /// Whether this is one of the named types.
    public var isKnown: Bool { Self.allKnown.contains(self) }
}
