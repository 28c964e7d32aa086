/// The one word a reader shows for a row's step and result, the same in the console's audit
/// pane and in `keydesk audit`.
extension AuditRecord {
    public var statusWord: String {
        if isDamaged { return "DAMAGED" }
        switch (entry.kind, entry.outcome) {
        case (.attempt, _): return "attempt"
        case (_, .succeeded?): return "ok"
        case (_, .failed?): return "FAILED"
        case (_, .unfinished?): return "UNFINISHED"
        case (_, .refused?): return "REFUSED"
        case (_, nil): return "?"
        }
    }

    /// Whether a reader should draw attention to the row.
    public var needsAttention: Bool {
        isDamaged || entry.outcome == .failed || entry.outcome == .unfinished || entry.outcome == .refused
    }
}
