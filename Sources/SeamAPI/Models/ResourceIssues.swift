import Foundation

/// An entry of a resource's `errors[]`: something is wrong with it on the provider's side
/// (e.g. `latch_conflict_with_resident_user`). Shown to staff, so it is decoded, never dropped.
public struct ResourceError: Codable, Sendable, Equatable {
    public var errorCode: String
    public var message: String
    public var createdAt: Date?
    /// Set on an acs_system `bridge_disconnected` error.
    public var isBridgeError: Bool?
    /// Set on a user_identity `issue_with_acs_user` error.
    public var acsUserId: String?
    /// Set on a user_identity `issue_with_acs_user` error.
    public var acsSystemId: String?

    public init(errorCode: String, message: String, createdAt: Date? = nil, isBridgeError: Bool? = nil,
                acsUserId: String? = nil, acsSystemId: String? = nil) {
        self.errorCode = errorCode
        self.message = message
        self.createdAt = createdAt
        self.isBridgeError = isBridgeError
        self.acsUserId = acsUserId
        self.acsSystemId = acsSystemId
    }

    enum CodingKeys: String, CodingKey {
        case errorCode = "error_code", message, createdAt = "created_at", isBridgeError = "is_bridge_error"
        case acsUserId = "acs_user_id", acsSystemId = "acs_system_id"
    }
}

/// An entry of a resource's `warnings[]` (e.g. `latch_resident_user`, `waiting_to_be_issued`).
public struct ResourceWarning: Codable, Sendable, Equatable {
    public var warningCode: String
    public var message: String
    public var createdAt: Date?
    /// Set on an acs_credential `requested_code_unavailable` warning.
    public var originalCode: String?
    /// Set on an acs_credential `requested_code_unavailable` warning.
    public var newCode: String?
    /// Set on an acs_system `time_zone_does_not_match_location` warning.
    public var misconfiguredAcsEntranceIds: [String]?

    public init(warningCode: String, message: String, createdAt: Date? = nil, originalCode: String? = nil,
                newCode: String? = nil, misconfiguredAcsEntranceIds: [String]? = nil) {
        self.warningCode = warningCode
        self.message = message
        self.createdAt = createdAt
        self.originalCode = originalCode
        self.newCode = newCode
        self.misconfiguredAcsEntranceIds = misconfiguredAcsEntranceIds
    }

    enum CodingKeys: String, CodingKey {
        case warningCode = "warning_code", message, createdAt = "created_at"
        case originalCode = "original_code", newCode = "new_code"
        case misconfiguredAcsEntranceIds = "misconfigured_acs_entrance_ids"
    }
}

/// An entry of `pending_mutations[]`: a change Seam has not yet pushed to the provider.
public struct PendingMutation: Codable, Sendable, Equatable {
    public var mutationCode: String
    public var message: String?
    public var createdAt: Date?
    public var from: JSONValue?
    public var to: JSONValue?

    public init(mutationCode: String, message: String? = nil, createdAt: Date? = nil,
                from: JSONValue? = nil, to: JSONValue? = nil) {
        self.mutationCode = mutationCode
        self.message = message
        self.createdAt = createdAt
        self.from = from
        self.to = to
    }

    enum CodingKeys: String, CodingKey {
        case mutationCode = "mutation_code", message, createdAt = "created_at", from, to
    }
}
