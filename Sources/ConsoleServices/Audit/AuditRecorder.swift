import ConsoleCore

/// What the console's effect runners hold to audit changes: the sink, the session's context and
/// the clock, so rows carry the session's host, user, address, profile and endpoint without
/// each call site repeating them. `audited(_:resourceIDs:detail:answer:_:)` wraps one change;
/// `recordAttempt` and the `record…(of:)` outcomes are its steps, for flows of several calls.
public struct AuditRecorder: Sendable {
    public let log: any AuditSink
    public let context: AuditContext
    let clock: any ConsoleClock
    /// Attempts written by this recorder (and its copies) whose outcome is not written yet.
    let openAttempts = AuditOpenAttempts()

    public init(log: any AuditSink, context: AuditContext, clock: any ConsoleClock = SystemClock()) {
        self.log = log
        self.context = context
        self.clock = clock
    }
}
