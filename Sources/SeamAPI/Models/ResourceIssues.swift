import Foundation

/// An entry of a resource's `errors[]`: something is wrong with it on the provider's side
/// (e.g. `latch_conflict_with_resident_user`). Shown to staff, so it is decoded, never dropped:
/// an unknown `errorCode` is kept with its message.
public struct ResourceError: Codable, Sendable, Equatable {
    public var errorCode: ResourceErrorCode
    public var message: String
    public var createdAt: Date?
    /// Set on `bridge_disconnected` (acs_system, connected_account) and connected_account errors.
    public var isBridgeError: Bool?
    /// Set on connected_account errors.
    public var isConnectedAccountError: Bool?
    /// Set on a user_identity `issue_with_acs_user` error.
    public var acsUserId: String?
    /// Set on a user_identity `issue_with_acs_user` error.
    public var acsSystemId: String?
    /// Set on an access_grant `cannot_create_requested_access_methods` error.
    public var missingDeviceIds: [String]?

    public init(errorCode: ResourceErrorCode, message: String, createdAt: Date? = nil, isBridgeError: Bool? = nil,
                isConnectedAccountError: Bool? = nil, acsUserId: String? = nil, acsSystemId: String? = nil,
                missingDeviceIds: [String]? = nil) {
        self.errorCode = errorCode
        self.message = message
        self.createdAt = createdAt
        self.isBridgeError = isBridgeError
        self.isConnectedAccountError = isConnectedAccountError
        self.acsUserId = acsUserId
        self.acsSystemId = acsSystemId
        self.missingDeviceIds = missingDeviceIds
    }

    enum CodingKeys: String, CodingKey {
        case errorCode = "error_code", message, createdAt = "created_at", isBridgeError = "is_bridge_error"
        case isConnectedAccountError = "is_connected_account_error"
        case acsUserId = "acs_user_id", acsSystemId = "acs_system_id", missingDeviceIds = "missing_device_ids"
    }
}

/// An entry of a resource's `warnings[]` (e.g. `latch_resident_user`, `waiting_to_be_issued`);
/// an unknown `warningCode` is kept with its message.
public struct ResourceWarning: Codable, Sendable, Equatable {
    public var warningCode: ResourceWarningCode
    public var message: String
    public var createdAt: Date?
    /// Set on a `requested_code_unavailable` warning (acs_credential, access_grant).
    public var originalCode: String?
    /// Set on a `requested_code_unavailable` warning (acs_credential, access_grant).
    public var newCode: String?
    /// Set on an acs_system `time_zone_does_not_match_location` warning.
    public var misconfiguredAcsEntranceIds: [String]?
    /// Set on an access_grant `updating_access_times` warning.
    public var accessMethodIds: [String]?
    /// Set on access_grant warnings about one device.
    public var deviceId: String?
    /// Set on an access_method `pulled_backup_access_code` warning.
    public var originalAccessMethodId: String?

    public init(warningCode: ResourceWarningCode, message: String, createdAt: Date? = nil,
                originalCode: String? = nil, newCode: String? = nil, misconfiguredAcsEntranceIds: [String]? = nil,
                accessMethodIds: [String]? = nil, deviceId: String? = nil, originalAccessMethodId: String? = nil) {
        self.warningCode = warningCode
        self.message = message
        self.createdAt = createdAt
        self.originalCode = originalCode
        self.newCode = newCode
        self.misconfiguredAcsEntranceIds = misconfiguredAcsEntranceIds
        self.accessMethodIds = accessMethodIds
        self.deviceId = deviceId
        self.originalAccessMethodId = originalAccessMethodId
    }

    enum CodingKeys: String, CodingKey {
        case warningCode = "warning_code", message, createdAt = "created_at"
        case originalCode = "original_code", newCode = "new_code"
        case misconfiguredAcsEntranceIds = "misconfigured_acs_entrance_ids", accessMethodIds = "access_method_ids"
        case deviceId = "device_id", originalAccessMethodId = "original_access_method_id"
    }
}

/// An entry of `pending_mutations[]` (acs_user, access_grant, access_method): a change Seam has
/// not yet pushed to the provider. An unknown `mutationCode` is kept with its message.
public struct PendingMutation: Codable, Sendable, Equatable {
    public var mutationCode: PendingMutationCode
    public var message: String?
    public var createdAt: Date?
    /// The state before the change, shaped by the mutation (e.g. `{"full_name": …}`).
    public var from: JSONValue?
    /// The state being pushed, shaped like `from`.
    public var to: JSONValue?
    /// Set on an acs_user `deferring_creation` mutation: when creation will happen.
    public var scheduledAt: Date?
    /// Set on an acs_user `deferring_group_membership_update` mutation.
    public var acsAccessGroupId: String?
    /// Set on an access_grant `updating_access_times` mutation.
    public var accessMethodIds: [String]?

    public init(mutationCode: PendingMutationCode, message: String? = nil, createdAt: Date? = nil,
                from: JSONValue? = nil, to: JSONValue? = nil, scheduledAt: Date? = nil,
                acsAccessGroupId: String? = nil, accessMethodIds: [String]? = nil) {
        self.mutationCode = mutationCode
        self.message = message
        self.createdAt = createdAt
        self.from = from
        self.to = to
        self.scheduledAt = scheduledAt
        self.acsAccessGroupId = acsAccessGroupId
        self.accessMethodIds = accessMethodIds
    }

    enum CodingKeys: String, CodingKey {
        case mutationCode = "mutation_code", message, createdAt = "created_at", from, to
        case scheduledAt = "scheduled_at", acsAccessGroupId = "acs_access_group_id"
        case accessMethodIds = "access_method_ids"
    }
}
