import ConsoleCore
import SeamAPI

/// The two rows of a change: the attempt before the call, the outcome after it. A failed
/// outcome write is returned, never thrown, so it cannot hide the API's answer.
extension AuditRecorder {
    /// Writes the attempt row. Throws `AuditRefusal` when it cannot, and the change must then
    /// not be made.
    public func recordAttempt(_ action: String, resourceIDs: [String], detail: String? = nil) async throws(AuditRefusal) -> AuditAttempt {
        let entry = AuditEntry(context: context, time: clock.now(), kind: .attempt, action: action,
                               resourceIDs: resourceIDs, detail: detail, outcome: nil)
        do {
            let record = try await log.append(entry)
            let attempt = AuditAttempt(id: record.id, action: action, resourceIDs: resourceIDs, detail: detail)
            openAttempts.opened(attempt)
            return attempt
        } catch {
            throw AuditRefusal(action: action, reason: error)
        }
    }

    /// Writes the outcome row of a call that succeeded, with the ids and request id of its answer.
    public func recordSuccess(of attempt: AuditAttempt, _ answer: AuditAnswer = AuditAnswer()) async -> AuditLogError? {
        await recordOutcome(of: attempt, .succeeded, extraIDs: answer.resourceIDs, seamRequestID: answer.seamRequestID)
    }

    /// Writes the outcome row of a call that threw: `unfinished` for a cancellation (the session
    /// is ending and the change may or may not have been made), else `failed` with the error's
    /// message and, for a `SeamAPIError`, its Seam request id; `refused` for a `StaffRefusal`.
    public func recordFailure(of attempt: AuditAttempt, _ error: any Error) async -> AuditLogError? {
        if error is CancellationError {
            return await recordOutcome(of: attempt, .unfinished, errorMessage: Self.unfinishedMessage)
        }
        if let refusal = error as? any StaffRefusal {
            return await recordOutcome(of: attempt, .refused, errorMessage: refusal.reason)
        }
        let apiError = error as? SeamAPIError
        return await recordOutcome(of: attempt, .failed, errorMessage: apiError?.description ?? String(describing: error),
                                   seamRequestID: apiError?.requestId)
    }

    /// Writes `unfinished` outcomes for every attempt of this session still waiting for its
    /// call; for the session's shutdown path. Returns the rows that could not be written.
    public func finishOpenAttempts() async -> [AuditLogError] {
        var problems: [AuditLogError] = []
        for attempt in openAttempts.takeAll() {
            if let problem = await recordOutcome(of: attempt, .unfinished, errorMessage: Self.unfinishedMessage) {
                problems.append(problem)
            }
        }
        return problems
    }

    static let unfinishedMessage = "the session ended before the API answered; the change may or may not have been made"

    /// Appends the outcome row in a task of its own, so that a cancelled caller (a session
    /// ending) still gets its outcome written.
    private func recordOutcome(
        of attempt: AuditAttempt, _ outcome: AuditOutcome, extraIDs: [String] = [],
        errorMessage: String? = nil, seamRequestID: String? = nil
    ) async -> AuditLogError? {
        openAttempts.answered(attempt)
        let ids = attempt.resourceIDs + extraIDs.filter { !attempt.resourceIDs.contains($0) }
        let entry = AuditEntry(context: context, time: clock.now(), kind: .outcome, attemptID: attempt.id,
                               action: attempt.action, resourceIDs: ids, outcome: outcome,
                               errorMessage: errorMessage, seamRequestID: seamRequestID)
        let log = self.log
        let written = await Task { try await log.append(entry) }.result
        guard case .failure(let error) = written else { return nil }
        return error as? AuditLogError ?? AuditLogError(path: log.location, reason: "cannot record the outcome of \(attempt.action): \(error)")
    }
}
