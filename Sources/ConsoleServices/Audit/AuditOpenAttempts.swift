import Synchronization

/// The attempts a session has written whose call has not answered yet, so that a session that
/// ends first can write their `unfinished` outcomes (`AuditRecorder.finishOpenAttempts()`).
final class AuditOpenAttempts: Sendable {
    private let attempts = Mutex<[Int64: AuditAttempt]>([:])

    func opened(_ attempt: AuditAttempt) {
        attempts.withLock { $0[attempt.id] = attempt }
    }

    func answered(_ attempt: AuditAttempt) {
        _ = attempts.withLock { $0.removeValue(forKey: attempt.id) }
    }

    /// Every open attempt, oldest first; none is open afterwards.
    func takeAll() -> [AuditAttempt] {
        attempts.withLock { open in
            defer { open.removeAll() }
            return open.values.sorted { $0.id < $1.id }
        }
    }
}
