import Foundation

/// One audit row's content: who (host, account, SSH client, profile, endpoint), what (action,
/// resource ids, detail), when, which step (`kind`) and how it went. It has no field for a
/// credential's PIN or card number, and `detail` must never be given one (see `AuditTarget`).
public struct AuditEntry: Sendable, Equatable {
    public var time: Date
    /// The machine that wrote the row; each host's rows form one hash chain.
    public var host: String
    public var osUser: String
    public var sshClientAddress: String?
    public var profile: String?
    public var endpoint: String
    public var kind: AuditKind
    /// On an outcome row: the id of the attempt row it answers.
    public var attemptID: Int64?
    /// A dotted verb such as "credential.revoke", "user.suspend", "acs_user.delete".
    public var action: String
    public var resourceIDs: [String]
    /// What the change asks for in words ("ends_at 2026-12-01T00:00:00Z"); never a secret.
    public var detail: String?
    /// Nil on an attempt row.
    public var outcome: AuditOutcome?
    public var errorMessage: String?
    public var seamRequestID: String?

    public init(
        time: Date,
        host: String,
        osUser: String,
        sshClientAddress: String?,
        profile: String?,
        endpoint: String,
        kind: AuditKind,
        attemptID: Int64? = nil,
        action: String,
        resourceIDs: [String],
        detail: String? = nil,
        outcome: AuditOutcome?,
        errorMessage: String? = nil,
        seamRequestID: String? = nil
    ) {
        self.time = time
        self.host = host
        self.osUser = osUser
        self.sshClientAddress = sshClientAddress
        self.profile = profile
        self.endpoint = endpoint
        self.kind = kind
        self.attemptID = attemptID
        self.action = action
        self.resourceIDs = resourceIDs
        self.detail = detail
        self.outcome = outcome
        self.errorMessage = errorMessage
        self.seamRequestID = seamRequestID
    }
}
