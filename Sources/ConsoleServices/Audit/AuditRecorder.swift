import ConsoleCore
/// What the console's effect runner holds to audit a mutation in one call: the log, the
/// session's context and the clock, so entries carry the session's user, address, profile
/// and endpoint without each call site repeating them.
public struct AuditRecorder: Sendable {
    public let log: AuditLog
    public let context: AuditContext
    private let clock: any ConsoleClock

    public init(log: AuditLog, context: AuditContext, clock: any ConsoleClock = SystemClock()) {
        self.log = log
        self.context = context
        self.clock = clock
    }

    /// Appends one entry for this session, timed by the clock.
    @discardableResult
    public func record(
        _ action: String,
        resourceIDs: [String],
        outcome: AuditOutcome,
        errorMessage: String? = nil,
        seamRequestID: String? = nil
    ) async throws(AuditLogError) -> AuditRecord {
        try await log.record(AuditEntry(
            context: context, time: clock.now(), action: action, resourceIDs: resourceIDs,
            outcome: outcome, errorMessage: errorMessage, seamRequestID: seamRequestID
        ))
    }
}
