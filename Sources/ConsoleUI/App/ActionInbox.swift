import ConsoleCore
import Foundation

/// Where effect tasks leave their answers for the run loop, and how the loop knows whether
/// work is still in flight. Thread-safe: tasks finish on any thread; the loop drains on its own.
final class ActionInbox: @unchecked Sendable {
    private let lock = NSLock()
    private var actions: [ConsoleAction] = []
    private var inFlight = 0

    func begin() {
        lock.withLock { inFlight += 1 }
    }

    func finish(_ action: ConsoleAction?) {
        lock.withLock {
            inFlight -= 1
            if let action { actions.append(action) }
        }
    }

    func drain() -> [ConsoleAction] {
        lock.withLock {
            defer { actions.removeAll(keepingCapacity: true) }
            return actions
        }
    }

    /// Effects started and not finished, plus answers not yet applied.
    var pending: Int {
        lock.withLock { inFlight + actions.count }
    }
}
