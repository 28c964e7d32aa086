import Foundation

/// Access for one person to a set of places for a time (`access_grant`): Seam's recommended way
/// to grant access. Seam creates the grant's access methods (a PIN, a mobile key…) from
/// `requestedAccessMethods`; their ids are in `accessMethodIds`.
public struct AccessGrant: Codable, Sendable, Equatable, Identifiable {
    public var accessGrantId: String
    public var workspaceId: String
    public var userIdentityId: String
    /// The caller's own key for the grant (an idempotency key), unique in the workspace.
    public var accessGrantKey: String?
    /// The name given at creation; `displayName` is computed when there is none.
    public var name: String?
    public var displayName: String
    /// A sentence for display only ("Upcoming"): Seam's wording changes, never branch on it.
    public var displayStatus: String
    public var createdAt: Date
    public var startsAt: Date
    /// `nil` for open-ended access.
    public var endsAt: Date?
    public var spaceIds: [String]
    /// Deprecated by Seam in favour of `spaceIds`.
    public var locationIds: [String]
    public var accessMethodIds: [String]
    public var requestedAccessMethods: [RequestedAccessMethod]
    public var reservationKey: String?
    /// Set when the grant has a single mobile-key access method.
    public var instantKeyUrl: String?
    public var errors: [ResourceError]
    public var warnings: [ResourceWarning]
    public var pendingMutations: [PendingMutation]

    public var id: String { accessGrantId }

    /// One entry of `requested_access_methods`: what was asked for, and what Seam created for it.
    public struct RequestedAccessMethod: Codable, Sendable, Equatable {
        public var mode: AccessMode
        public var displayName: String
        public var createdAt: Date?
        public var createdAccessMethodIds: [String]
        /// The PIN asked for, for a `code` request.
        public var code: String?
        public var instantKeyMaxUseCount: Int?

        public init(mode: AccessMode, displayName: String, createdAt: Date? = nil,
                    createdAccessMethodIds: [String] = [], code: String? = nil, instantKeyMaxUseCount: Int? = nil) {
            self.mode = mode
            self.displayName = displayName
            self.createdAt = createdAt
            self.createdAccessMethodIds = createdAccessMethodIds
            self.code = code
            self.instantKeyMaxUseCount = instantKeyMaxUseCount
        }

        enum CodingKeys: String, CodingKey {
            case mode, displayName = "display_name", createdAt = "created_at"
            case createdAccessMethodIds = "created_access_method_ids", code
            case instantKeyMaxUseCount = "instant_key_max_use_count"
        }
    }

    public init(
        accessGrantId: String, workspaceId: String, userIdentityId: String, accessGrantKey: String? = nil,
        name: String? = nil, displayName: String, displayStatus: String, createdAt: Date, startsAt: Date,
        endsAt: Date? = nil, spaceIds: [String] = [], locationIds: [String] = [], accessMethodIds: [String] = [],
        requestedAccessMethods: [RequestedAccessMethod] = [], reservationKey: String? = nil,
        instantKeyUrl: String? = nil, errors: [ResourceError] = [], warnings: [ResourceWarning] = [],
        pendingMutations: [PendingMutation] = []
    ) {
        self.accessGrantId = accessGrantId
        self.workspaceId = workspaceId
        self.userIdentityId = userIdentityId
        self.accessGrantKey = accessGrantKey
        self.name = name
        self.displayName = displayName
        self.displayStatus = displayStatus
        self.createdAt = createdAt
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.spaceIds = spaceIds
        self.locationIds = locationIds
        self.accessMethodIds = accessMethodIds
        self.requestedAccessMethods = requestedAccessMethods
        self.reservationKey = reservationKey
        self.instantKeyUrl = instantKeyUrl
        self.errors = errors
        self.warnings = warnings
        self.pendingMutations = pendingMutations
    }

    enum CodingKeys: String, CodingKey {
        case accessGrantId = "access_grant_id", workspaceId = "workspace_id", userIdentityId = "user_identity_id"
        case accessGrantKey = "access_grant_key", name, displayName = "display_name"
        case displayStatus = "display_status", createdAt = "created_at", startsAt = "starts_at", endsAt = "ends_at"
        case spaceIds = "space_ids", locationIds = "location_ids", accessMethodIds = "access_method_ids"
        case requestedAccessMethods = "requested_access_methods", reservationKey = "reservation_key"
        case instantKeyUrl = "instant_key_url", errors, warnings, pendingMutations = "pending_mutations"
    }
}
