import ConsoleCore
import Foundation

/// Where effect tasks leave their answers for the run loop. Thread-safe: tasks finish on any
/// thread; the loop drains on its own. Each answer carries the token of the task that gave it,
/// so the loop can drop the answers of tasks it has cancelled.
final class ActionInbox: @unchecked Sendable {
    private let lock = NSLock()
    private var answers: [(token: Int, action: ConsoleAction?)] = []

    /// A task finished; `action` is nil when it had nothing to say (it was cancelled).
    func deliver(token: Int, _ action: ConsoleAction?) {
        lock.withLock { answers.append((token, action)) }
    }

    func drain() -> [(token: Int, action: ConsoleAction?)] {
        lock.withLock {
            defer { answers.removeAll(keepingCapacity: true) }
            return answers
        }
    }

    var isEmpty: Bool { lock.withLock { answers.isEmpty } }
}
