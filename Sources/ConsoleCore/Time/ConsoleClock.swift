import Foundation

/// Where the console reads the time, so that tests can pin it and reducers stay pure:
/// timestamps are taken by the effect runner and the run loop, never inside a reducer.
public protocol ConsoleClock: Sendable {
    /// The current instant.
    func now() -> Date
}

/// The wall clock used in production.
public struct SystemClock: ConsoleClock {
    public init() {}
    public func now() -> Date { Date() }
}

/// A clock that only moves when a test moves it.
public final class ManualClock: ConsoleClock, @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    public init(_ start: Date = Date(timeIntervalSince1970: 1_800_000_000)) {
        current = start
    }

    public func now() -> Date {
        lock.withLock { current }
    }

    /// Moves time forward.
    public func advance(by seconds: TimeInterval) {
        lock.withLock { current += seconds }
    }
}
