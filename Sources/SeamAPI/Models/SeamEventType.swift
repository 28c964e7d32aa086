/// `event_type`: the ACS-relevant types by name, any other (Seam has 100+) as `unknown`.
public enum SeamEventType: OpenEnum {
    case acsSystemConnected, acsSystemAdded, acsSystemDisconnected
    case acsUserCreated, acsUserDeleted
    case acsCredentialDeleted, acsCredentialIssued, acsCredentialReissued, acsCredentialInvalidated
    case acsEntranceAdded, acsEntranceRemoved
    case acsAccessGroupDeleted
    case acsEncoderAdded, acsEncoderRemoved
    case enrollmentAutomationDeleted
    case phoneDeactivated
    case actionAttemptUnlockDoorSucceeded, actionAttemptUnlockDoorFailed
    case unknown(String)

    private static let known: [(SeamEventType, String)] = [
        (.acsSystemConnected, "acs_system.connected"), (.acsSystemAdded, "acs_system.added"),
        (.acsSystemDisconnected, "acs_system.disconnected"),
        (.acsUserCreated, "acs_user.created"), (.acsUserDeleted, "acs_user.deleted"),
        (.acsCredentialDeleted, "acs_credential.deleted"), (.acsCredentialIssued, "acs_credential.issued"),
        (.acsCredentialReissued, "acs_credential.reissued"),
        (.acsCredentialInvalidated, "acs_credential.invalidated"),
        (.acsEntranceAdded, "acs_entrance.added"), (.acsEntranceRemoved, "acs_entrance.removed"),
        (.acsAccessGroupDeleted, "acs_access_group.deleted"),
        (.acsEncoderAdded, "acs_encoder.added"), (.acsEncoderRemoved, "acs_encoder.removed"),
        (.enrollmentAutomationDeleted, "enrollment_automation.deleted"),
        (.phoneDeactivated, "phone.deactivated"),
        (.actionAttemptUnlockDoorSucceeded, "action_attempt.unlock_door.succeeded"),
        (.actionAttemptUnlockDoorFailed, "action_attempt.unlock_door.failed"),
    ]

    /// Every named case, for filters and menus.
    public static var allKnown: [SeamEventType] { known.map(\.0) }

    public init(rawValue: String) {
        self = Self.known.first { $0.1 == rawValue }?.0 ?? .unknown(rawValue)
    }

    public var rawValue: String {
        if case .unknown(let value) = self { return value }
        return Self.known.first { $0.0 == self }!.1
    }

    public static func == (lhs: SeamEventType, rhs: SeamEventType) -> Bool {
        switch (lhs, rhs) {
        case (.unknown(let a), .unknown(let b)): a == b
        case (.unknown, _), (_, .unknown): false
        default: lhs.caseIndex == rhs.caseIndex
        }
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }

    private var caseIndex: Int {
        switch self {
        case .acsSystemConnected: 0
        case .acsSystemAdded: 1
        case .acsSystemDisconnected: 2
        case .acsUserCreated: 3
        case .acsUserDeleted: 4
        case .acsCredentialDeleted: 5
        case .acsCredentialIssued: 6
        case .acsCredentialReissued: 7
        case .acsCredentialInvalidated: 8
        case .acsEntranceAdded: 9
        case .acsEntranceRemoved: 10
        case .acsAccessGroupDeleted: 11
        case .acsEncoderAdded: 12
        case .acsEncoderRemoved: 13
        case .enrollmentAutomationDeleted: 14
        case .phoneDeactivated: 15
        case .actionAttemptUnlockDoorSucceeded: 16
        case .actionAttemptUnlockDoorFailed: 17
        case .unknown: -1
        }
    }
}
