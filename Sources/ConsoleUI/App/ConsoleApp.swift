public import ConsoleCore
import Foundation

/// The console's run loop: owns the state and the terminal (one owner, as ncurses requires),
/// feeds input and effect answers to the reducer, runs effects in tasks, and presents a frame
/// after every change. Tests drive the same object step by step with a `VirtualTerminal`.
public final class ConsoleApp {
    /// Performs one effect (an API call) and returns the action that reports its answer.
    public typealias Perform = @Sendable (ConsoleEffect) async -> ConsoleAction?

    public private(set) var state: ConsoleState
    private let terminal: any Terminal
    private let perform: Perform
    private let clock: any ConsoleClock
    private let inbox = ActionInbox()
    private var tasks: [Task<Void, Never>] = []
    private var dirty = true

    public init(state: ConsoleState, terminal: any Terminal, clock: any ConsoleClock = SystemClock(), perform: @escaping Perform) {
        self.state = state
        self.terminal = terminal
        self.clock = clock
        self.perform = perform
        self.state.columns = terminal.size.columns
        self.state.rows = terminal.size.rows
    }

    deinit {
        for task in tasks { task.cancel() }
    }

    /// Sends one action through the reducer and starts the effects it asks for.
    public func send(_ action: ConsoleAction) {
        let effects = state.reduce(action)
        dirty = true
        for effect in effects { launch(effect) }
    }

    /// Sends an input event as the terminal would deliver it.
    public func send(_ event: InputEvent) {
        send(.input(event, at: clock.now()))
    }

    private func launch(_ effect: ConsoleEffect) {
        inbox.begin()
        let perform = self.perform
        let inbox = self.inbox
        tasks.removeAll { $0.isCancelled }
        tasks.append(Task.detached {
            let action = await perform(effect)
            inbox.finish(action)
        })
    }

    /// Applies the answers that have arrived. Returns true when anything changed.
    @discardableResult
    public func pump() -> Bool {
        let arrived = inbox.drain()
        for action in arrived { send(action) }
        if state.flash != nil {
            let before = state.flash
            for effect in state.reduce(.tick(clock.now())) { launch(effect) }
            if state.flash != before { dirty = true }
        }
        return !arrived.isEmpty
    }

    /// True when no effect is running and no answer waits to be applied.
    public var isIdle: Bool { inbox.pending == 0 }

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

    /// Runs until the user quits or the terminal goes away (hang-up, signal).
    public func run() {
        send(.start)
        render()
        while !state.shouldQuit {
            // Poll briefly while answers are due, so they show at once; otherwise wait longer.
            let timeout: Duration = inbox.pending > 0 || state.flash != nil ? .milliseconds(25) : .milliseconds(250)
            if let event = terminal.nextEvent(timeout: timeout) {
                send(event)
            }
            pump()
            render()
        }
        for task in tasks { task.cancel() }
    }

    // MARK: - Testing support

    /// Waits (polling, with a deadline) until every effect has answered and been applied.
    public func waitUntilIdle(timeout: Duration = .seconds(10)) async throws {
        try await waitUntil(timeout: timeout) { $0.isIdle }
    }

    /// Waits until `condition` holds, applying answers as they arrive and drawing each change.
    public func waitUntil(timeout: Duration = .seconds(10), _ condition: (ConsoleApp) -> Bool) async throws {
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
