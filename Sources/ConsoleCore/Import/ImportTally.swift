import Foundation

/// The counts of an import as it runs, for the progress bar, the console's import screen and
/// the summary: rows done and failed out of the total, and how fast, so an ETA can be given.
public struct ImportTally: Sendable, Equatable {
    public var total: Int
    /// Rows whose resident now holds a key made by this run.
    public var created = 0
    /// Rows whose resident already held the key (this run or an earlier one made nothing new).
    public var existing = 0
    /// Rows finished by an earlier run of the same file.
    public var resumed = 0
    public var failed = 0
    /// Invalid rows left out (`--skip-invalid`).
    public var skipped = 0
    public let startedAt: Date

    public init(total: Int, skipped: Int = 0, startedAt: Date) {
        self.total = total
        self.skipped = skipped
        self.startedAt = startedAt
    }

    /// Rows finished one way or another (failed included).
    public var finished: Int { created + existing + resumed + failed }
    public var done: Int { created + existing + resumed }

    /// Rows per second over the rows this run worked on (not those an earlier run finished).
    public func rate(at now: Date) -> Double {
        let elapsed = now.timeIntervalSince(startedAt)
        let worked = created + existing + failed
        return elapsed > 0 ? Double(worked) / elapsed : 0
    }

    /// Seconds left at the current rate; nil before there is a rate.
    public func secondsLeft(at now: Date) -> Double? {
        let rate = rate(at: now)
        guard rate > 0 else { return nil }
        return Double(total - finished) / rate
    }
}
