/// Where a list stands with the API, shown in the status bar and the pane title.
public enum LoadPhase: Sendable, Equatable {
    /// Nothing in flight.
    case idle
    /// The first page (or a refresh, or a new filter) is on its way; old rows stay on screen.
    case loading
    /// A further page is on its way.
    case loadingMore
    /// The last request failed; the rows on screen are the last good ones.
    case failed(String)

    public var isBusy: Bool { self == .loading || self == .loadingMore }
}
