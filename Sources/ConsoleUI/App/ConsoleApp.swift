public import ConsoleCore
import Foundation

/// The console's run loop: owns the state and the terminal (one owner, as ncurses requires),
/// feeds input, timers and effect answers to the reducer, hands effects to the scheduler, and
/// presents a frame after every change. Tests drive the same object step by step with a
/// `VirtualTerminal` (and, for timers, a `ManualClock`).
public final class ConsoleApp {
    /// Performs one API call and returns the action that reports its answer.
    public typealias Perform = @Sendable (APICall) async -> ConsoleAction?

    /// How long quitting waits for changes in flight, so their outcome reaches the audit log.
    public static let changeGrace: Duration = .seconds(5)

    public private(set) var state: ConsoleState
    private let terminal: any Terminal
    private let clock: any ConsoleClock
    private let effects: EffectScheduler
    private var dirty = true

    public init(state: ConsoleState, terminal: any Terminal, clock: any ConsoleClock = SystemClock(), perform: @escaping Perform) {
        self.state = state
        self.terminal = terminal
        self.clock = clock
        self.effects = EffectScheduler(perform: perform, clock: clock)
        self.state.columns = terminal.size.columns
        self.state.rows = terminal.size.rows
    }

    /// Sends one action through the reducer and starts the effects it asks for.
    public func send(_ action: ConsoleAction) {
        let asked = state.reduce(action, now: clock.now())
        dirty = true
        for effect in asked { effects.start(effect) }
    }

    /// Starts one effect as if the reducer had asked for it (tests of the scheduler).
    func perform(_ effect: ConsoleEffect) {
        effects.start(effect)
    }

    /// Sends an input event as the terminal would deliver it.
    public func send(_ event: InputEvent) {
        send(.input(event))
    }

    /// Applies the answers that have arrived and the timers that are due. Returns true when
    /// anything happened.
    @discardableResult
    public func pump() -> Bool {
        let arrived = effects.collect()
        for action in arrived { send(action) }
        return !arrived.isEmpty
    }

    /// True when no call is in flight, no answer waits to be applied, and no pause in typing is
    /// about to send a request. (A flash's expiry or a retry's pause does not count.)
    public var isIdle: Bool { effects.runningCount == 0 && !effects.hasAnswers && !effects.isDebouncing }

    /// Calls in flight or with answers not yet applied (finished tasks are not kept).
    public var runningEffectCount: Int { effects.runningCount }

    /// Draws the state if it changed since the last frame.
    public func render(force: Bool = false) {
        guard dirty || force || state.needsFullRedraw else { return }
        if state.needsFullRedraw {
            terminal.invalidate()
            state.needsFullRedraw = false
        }
        var frame = terminal.makeFrame()
        let cursor = ConsoleScreen(state: state, now: clock.now()).render(into: &frame)
        terminal.present(frame, cursor: cursor)
        dirty = false
    }

    /// Runs until the user quits or the terminal goes away (hang-up, signal); then waits a few
    /// seconds at most for changes still in flight.
    public func run() {
        send(.start)
        render()
        while !state.shouldQuit {
            if let event = terminal.nextEvent(timeout: waitTimeout()) {
                send(event)
            }
            pump()
            render()
        }
        finishChanges(within: Self.changeGrace)
    }

    /// How long to wait for input: briefly while calls are in flight (so answers show at once),
    /// else until the next timer, and at most a second.
    func waitTimeout() -> Duration {
        if effects.runningCount > 0 || effects.hasAnswers { return .milliseconds(25) }
        let idle: Duration = .seconds(1)
        guard let deadline = effects.nextDeadline else { return idle }
        let seconds = max(deadline.timeIntervalSince(clock.now()), 0)
        return min(idle, .milliseconds(Int64((seconds * 1000).rounded())))
    }

    /// Stops the reads and waits (up to `limit`) for the changes in flight: each writes its
    /// outcome to the audit log when the API answers.
    public func finishChanges(within limit: Duration) {
        effects.cancelReads()
        let deadline = ContinuousClock.now + limit
        while effects.isChangingData, ContinuousClock.now < deadline {
            Thread.sleep(forTimeInterval: 0.01)
            _ = effects.collect()
        }
    }

    // MARK: - Testing support

    /// Waits (polling, with a deadline) until every effect has answered and been applied. The
    /// deadline is generous: it only matters when something is wrong, and test machines share
    /// their cores with many suites running at once.
    public func waitUntilIdle(timeout: Duration = .seconds(30)) async throws {
        try await waitUntil(timeout: timeout) { $0.isIdle }
    }

    /// Waits until `condition` holds, applying answers as they arrive and drawing each change.
    public func waitUntil(timeout: Duration = .seconds(30), _ condition: (ConsoleApp) -> Bool) async throws {
        let deadline = ContinuousClock.now + timeout
        while true {
            pump()
            render()
            if condition(self) { return }
            guard ContinuousClock.now < deadline else { throw WaitTimeout(timeout: timeout) }
            try await Task.sleep(for: .milliseconds(5))
        }
    }
}

/// A test waited longer than it allowed for the console to settle.
public struct WaitTimeout: Error, CustomStringConvertible {
    public let timeout: Duration
    public var description: String { "the console did not settle within \(timeout)" }
}
