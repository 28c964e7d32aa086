/// Whether an audited action did what it was asked to. Failed attempts are recorded too.
public enum AuditOutcome: String, Sendable, Equatable, Codable, CaseIterable {
    case succeeded
    case failed
}
