import Foundation

/// A door of a building (`acs_entrance`).
public struct AcsEntrance: Codable, Sendable, Equatable, Identifiable {
    public var acsEntranceId: String
    public var acsSystemId: String
    public var createdAt: Date
    public var displayName: String
    public var connectedAccountId: String?
    public var canBelongToReservation: Bool?
    public var canUnlockWithCard: Bool?
    public var canUnlockWithCloudKey: Bool?
    public var canUnlockWithCode: Bool?
    public var canUnlockWithMobileKey: Bool?
    public var isLocked: Bool?
    public var latchMetadata: LatchMetadata?
    public var spaceIds: [String]
    public var errors: [ResourceError]
    public var warnings: [ResourceWarning]

    public var id: String { acsEntranceId }

    public init(
        acsEntranceId: String, acsSystemId: String, createdAt: Date, displayName: String,
        connectedAccountId: String? = nil, canBelongToReservation: Bool? = nil, canUnlockWithCard: Bool? = nil,
        canUnlockWithCloudKey: Bool? = nil, canUnlockWithCode: Bool? = nil, canUnlockWithMobileKey: Bool? = nil,
        isLocked: Bool? = nil, latchMetadata: LatchMetadata? = nil, spaceIds: [String] = [],
        errors: [ResourceError] = [], warnings: [ResourceWarning] = []
    ) {
        self.acsEntranceId = acsEntranceId
        self.acsSystemId = acsSystemId
        self.createdAt = createdAt
        self.displayName = displayName
        self.connectedAccountId = connectedAccountId
        self.canBelongToReservation = canBelongToReservation
        self.canUnlockWithCard = canUnlockWithCard
        self.canUnlockWithCloudKey = canUnlockWithCloudKey
        self.canUnlockWithCode = canUnlockWithCode
        self.canUnlockWithMobileKey = canUnlockWithMobileKey
        self.isLocked = isLocked
        self.latchMetadata = latchMetadata
        self.spaceIds = spaceIds
        self.errors = errors
        self.warnings = warnings
    }

    enum CodingKeys: String, CodingKey {
        case acsEntranceId = "acs_entrance_id", acsSystemId = "acs_system_id", createdAt = "created_at"
        case displayName = "display_name", connectedAccountId = "connected_account_id"
        case canBelongToReservation = "can_belong_to_reservation", canUnlockWithCard = "can_unlock_with_card"
        case canUnlockWithCloudKey = "can_unlock_with_cloud_key", canUnlockWithCode = "can_unlock_with_code"
        case canUnlockWithMobileKey = "can_unlock_with_mobile_key", isLocked = "is_locked"
        case latchMetadata = "latch_metadata", spaceIds = "space_ids", errors, warnings
    }
}

/// Latch's description of a door (`latch_metadata`).
public struct LatchMetadata: Codable, Sendable, Equatable {
    public var accessibilityType: String?
    public var doorName: String?
    public var doorType: String?
    public var isConnected: Bool?

    public init(accessibilityType: String? = nil, doorName: String? = nil, doorType: String? = nil,
                isConnected: Bool? = nil) {
        self.accessibilityType = accessibilityType
        self.doorName = doorName
        self.doorType = doorType
        self.isConnected = isConnected
    }

    enum CodingKeys: String, CodingKey {
        case accessibilityType = "accessibility_type", doorName = "door_name", doorType = "door_type"
        case isConnected = "is_connected"
    }
}
