/// An attempt row as written before a change: its id, which the outcome row names, and the
/// action and resource ids the outcome row repeats.
public struct AuditAttempt: Sendable, Equatable {
    public let id: Int64
    public let action: String
    public let resourceIDs: [String]
    public let detail: String?

    public init(id: Int64, action: String, resourceIDs: [String], detail: String?) {
        self.id = id
        self.action = action
        self.resourceIDs = resourceIDs
        self.detail = detail
    }
}

/// What a successful call's answer adds to its outcome row: the ids it made or returned (a
/// created credential's id, say) and the Seam request id when the caller has it.
public struct AuditAnswer: Sendable, Equatable {
    public var resourceIDs: [String]
    public var seamRequestID: String?

    public init(resourceIDs: [String] = [], seamRequestID: String? = nil) {
        self.resourceIDs = resourceIDs
        self.seamRequestID = seamRequestID
    }
}
