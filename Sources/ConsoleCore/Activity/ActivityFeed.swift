import Foundation

/// How the console follows Seam events while it runs: one `events/list` for what is new since
/// the last answer, every `interval`, driven by a timer effect (never a loop), and none while the
/// API is failing (the banner's backoff applies).
public struct ActivityFeed: Sendable, Equatable {
    /// How often events are asked when the profile does not say (`activity_interval`).
    public static let defaultInterval: Duration = .seconds(5)
    /// How far back the Activity pane starts.
    public static let history: TimeInterval = 24 * 3600
    /// Events the first page shows at most.
    public static let historyLimit = 100
    /// Rows the pane keeps; the oldest go first.
    public static let rowLimit = 1000
    /// Each poll asks from a little before the newest event seen, so events written in the same
    /// instant are not missed; those already shown are dropped by id.
    public static let overlap: TimeInterval = 2
    /// The newest rows a poll names as already shown (more than the overlap ever holds).
    public static let seenOnPoll = 50

    /// nil: the console does not follow events (the pane still loads its first page).
    public let interval: Duration?
    /// Where the next poll starts: the newest event seen, or the start of the first page's window.
    public var since: Date?
    /// Polls that failed in a row (drives the backoff).
    public var failures = 0

    public init(interval: Duration?) {
        self.interval = interval
    }
}
