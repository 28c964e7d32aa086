import Foundation

/// What a timer set by the reducer reports when its time is up (Bubble Tea's tagged ticks):
/// debounce, flash expiry and retries are timers, so nothing polls.
public enum TimerEvent: Sendable, Equatable {
    /// Typing in a pane's filter paused on `search`: ask the API for it.
    case filterPaused(ListPane, search: String)
    /// The flash line has been shown long enough.
    case flashExpired
    /// The pause before asking again for a page that failed is over.
    case retryPage(PageRequest)
    /// Time to ask again for a row whose change is on its way.
    case followRow(FollowTarget, attempt: Int)
    /// Time to see whether the audit log can be written again.
    case probeAudit
    /// Time to ask `events/list` what is new (see Activity/).
    case pollEvents
    /// Time to ask `:import`'s job for its tally.
    case importTick(serial: Date)
}
