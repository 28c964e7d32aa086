import Foundation

/// One audited action: who (context), what (action and resource ids), when, and how it went.
public struct AuditEntry: Sendable, Equatable {
    public var time: Date
    public var osUser: String
    public var sshClientAddress: String?
    public var profile: String?
    public var endpoint: String
    /// A dotted verb such as "credential.revoke", "user.suspend", "acs_user.delete".
    public var action: String
    public var resourceIDs: [String]
    public var outcome: AuditOutcome
    public var errorMessage: String?
    public var seamRequestID: String?

    public init(
        time: Date,
        osUser: String,
        sshClientAddress: String?,
        profile: String?,
        endpoint: String,
        action: String,
        resourceIDs: [String],
        outcome: AuditOutcome,
        errorMessage: String? = nil,
        seamRequestID: String? = nil
    ) {
        self.time = time
        self.osUser = osUser
        self.sshClientAddress = sshClientAddress
        self.profile = profile
        self.endpoint = endpoint
        self.action = action
        self.resourceIDs = resourceIDs
        self.outcome = outcome
        self.errorMessage = errorMessage
        self.seamRequestID = seamRequestID
    }
}

/// An entry as stored, with the row id the log gave it (ids grow with insertion order).
public struct AuditRecord: Sendable, Equatable, Identifiable {
    public let id: Int64
    public let entry: AuditEntry

    public init(id: Int64, entry: AuditEntry) {
        self.id = id
        self.entry = entry
    }
}
