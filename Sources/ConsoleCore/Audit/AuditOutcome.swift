/// How an audited change went, written on its outcome row (or on a one-row `.record`).
/// `unfinished` says the session ended before the API answered: the change may or may not
/// have been made, and staff should look at the resource before trying again. `refused` says
/// keydesk itself would not make the change (the staff roster makes the person read-only, or the
/// resource is outside their buildings): nothing was sent to Seam.
public enum AuditOutcome: String, Sendable, Equatable, Codable, CaseIterable {
    case succeeded
    case failed
    case unfinished
    case refused
}
