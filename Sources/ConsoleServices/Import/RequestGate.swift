import Foundation
import SeamAPI

/// Holds every worker of an import back while Seam asks it to wait: a 429's `Retry-After`
/// pauses all of them, not only the one that was refused, so the import slows down to what
/// the workspace allows instead of hammering it.
actor RequestGate {
    private var pausedUntil: ContinuousClock.Instant?

    /// Waits while a pause is in force.
    func waitIfPaused() async throws {
        while let until = pausedUntil, until > .now {
            try await Task.sleep(until: until, clock: .continuous)
        }
    }

    /// Pauses everyone for `duration` (the longest pause asked for wins).
    func pause(for duration: Duration) {
        let until = ContinuousClock.now + duration
        if let current = pausedUntil, current >= until { return }
        pausedUntil = until
    }
}
