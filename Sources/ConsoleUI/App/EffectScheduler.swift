import ConsoleCore
import Foundation

/// Runs the reducer's effects for the run loop: API calls as tasks, timers as deadlines on the
/// console's clock (so a test's manual clock drives them), and effect identity: starting an
/// effect stops the one running under the same id. Finished tasks are forgotten as their
/// answers are collected. Used from the run loop's thread only.
final class EffectScheduler {
    typealias Perform = @Sendable (APICall) async -> ConsoleAction?

    /// One call in flight.
    private struct Running {
        let id: EffectID?
        let task: Task<Void, Never>
        let changesData: Bool
    }

    /// One timer waiting for its deadline.
    private struct Pending {
        let deadline: Date
        let event: TimerEvent
    }

    private let perform: Perform
    private let clock: any ConsoleClock
    private let inbox = ActionInbox()
    private var running: [Int: Running] = [:]
    private var tokenByID: [EffectID: Int] = [:]
    private var timers: [EffectID: Pending] = [:]
    private var nextToken = 0

    init(perform: @escaping Perform, clock: any ConsoleClock) {
        self.perform = perform
        self.clock = clock
    }

    deinit {
        for effect in running.values { effect.task.cancel() }
    }

    /// Starts an effect, stopping first whatever runs under its identity.
    func start(_ effect: ConsoleEffect) {
        if let id = effect.id { stop(id) }
        switch effect.work {
        case .cancel:
            break
        case let .timer(delay, event):
            guard let id = effect.id else { return }
            timers[id] = Pending(deadline: clock.now() + delay.timeInterval, event: event)
        case .call(let call):
            launch(call, id: effect.id)
        }
    }

    private func stop(_ id: EffectID) {
        timers[id] = nil
        guard let token = tokenByID.removeValue(forKey: id), let effect = running[token], !effect.changesData else { return }
        effect.task.cancel()
        // Forgotten at once: an answer it may still give is dropped when collected.
        running[token] = nil
    }

    private func launch(_ call: APICall, id: EffectID?) {
        nextToken += 1
        let token = nextToken
        let perform = self.perform
        let inbox = self.inbox
        let task = Task.detached {
            let action = await perform(call)
            inbox.deliver(token: token, action)
        }
        running[token] = Running(id: id, task: task, changesData: call.changesData)
        if let id { tokenByID[id] = token }
    }

    /// The answers that arrived (of tasks still wanted) and the events of the timers that are
    /// due, in that order; finished tasks and fired timers are forgotten.
    func collect() -> [ConsoleAction] {
        var actions: [ConsoleAction] = []
        for (token, action) in inbox.drain() {
            guard let effect = running.removeValue(forKey: token) else { continue }
            if let id = effect.id, tokenByID[id] == token { tokenByID[id] = nil }
            if let action { actions.append(action) }
        }
        let now = clock.now()
        let due = timers.filter { $0.value.deadline <= now }.sorted { $0.value.deadline < $1.value.deadline }
        for (id, timer) in due {
            timers[id] = nil
            actions.append(.timer(timer.event))
        }
        return actions
    }

    /// Calls in flight (finished ones whose answers are not yet collected included).
    var runningCount: Int { running.count }

    /// Whether any change to data is still in flight.
    var isChangingData: Bool { running.values.contains { $0.changesData } }

    /// Whether answers wait to be collected.
    var hasAnswers: Bool { !inbox.isEmpty }

    /// The earliest timer deadline, if any timer is set.
    var nextDeadline: Date? { timers.values.map(\.deadline).min() }

    /// Whether a pause in typing is still to end (its request is yet to be sent).
    var isDebouncing: Bool {
        timers.values.contains { if case .filterPaused = $0.event { true } else { false } }
    }

    /// Stops every task that reads, and leaves the changes to data running.
    func cancelReads() {
        for (token, effect) in running where !effect.changesData {
            effect.task.cancel()
            running[token] = nil
        }
        tokenByID = tokenByID.filter { running[$0.value] != nil }
        timers = [:]
    }
}

extension Duration {
    /// The duration in seconds, as Foundation's dates count.
    var timeInterval: TimeInterval {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
