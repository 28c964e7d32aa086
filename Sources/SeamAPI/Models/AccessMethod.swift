import Foundation

/// One way in that an Access Grant produced (`access_method`): a PIN, a mobile key, a card.
/// Live when `isIssued`; `pendingMutations` and warnings say what is still on its way.
public struct AccessMethod: Codable, Sendable, Equatable, Identifiable {
    public var accessMethodId: String
    public var workspaceId: String
    public var displayName: String
    public var mode: AccessMode
    /// A sentence for display only ("Awaiting encoding"): Seam's wording changes, never branch on it.
    public var displayStatus: String
    public var createdAt: Date
    public var isIssued: Bool
    public var issuedAt: Date?
    /// The PIN of a `code` access method.
    public var code: String?
    /// The Instant Key link of a mobile-key access method.
    public var instantKeyUrl: String?
    public var isEncodingRequired: Bool?
    public var isReadyForEncoding: Bool?
    public var isAssignmentRequired: Bool?
    public var isReadyForAssignment: Bool?
    public var errors: [ResourceError]
    public var warnings: [ResourceWarning]
    public var pendingMutations: [PendingMutation]

    public var id: String { accessMethodId }

    public init(
        accessMethodId: String, workspaceId: String, displayName: String, mode: AccessMode, displayStatus: String,
        createdAt: Date, isIssued: Bool, issuedAt: Date? = nil, code: String? = nil, instantKeyUrl: String? = nil,
        isEncodingRequired: Bool? = nil, isReadyForEncoding: Bool? = nil, isAssignmentRequired: Bool? = nil,
        isReadyForAssignment: Bool? = nil, errors: [ResourceError] = [], warnings: [ResourceWarning] = [],
        pendingMutations: [PendingMutation] = []
    ) {
        self.accessMethodId = accessMethodId
        self.workspaceId = workspaceId
        self.displayName = displayName
        self.mode = mode
        self.displayStatus = displayStatus
        self.createdAt = createdAt
        self.isIssued = isIssued
        self.issuedAt = issuedAt
        self.code = code
        self.instantKeyUrl = instantKeyUrl
        self.isEncodingRequired = isEncodingRequired
        self.isReadyForEncoding = isReadyForEncoding
        self.isAssignmentRequired = isAssignmentRequired
        self.isReadyForAssignment = isReadyForAssignment
        self.errors = errors
        self.warnings = warnings
        self.pendingMutations = pendingMutations
    }

    enum CodingKeys: String, CodingKey {
        case accessMethodId = "access_method_id", workspaceId = "workspace_id", displayName = "display_name"
        case mode, displayStatus = "display_status", createdAt = "created_at", isIssued = "is_issued"
        case issuedAt = "issued_at", code, instantKeyUrl = "instant_key_url"
        case isEncodingRequired = "is_encoding_required", isReadyForEncoding = "is_ready_for_encoding"
        case isAssignmentRequired = "is_assignment_required", isReadyForAssignment = "is_ready_for_assignment"
        case errors, warnings, pendingMutations = "pending_mutations"
    }
}
