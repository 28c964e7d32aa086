/// Work the reducer asks for: API calls, run by the effect runner off the input path. Each
/// carries the generation of the state it was made for, so late answers can be dropped.
public enum ConsoleEffect: Sendable, Equatable {
    case loadWorkspace
    case loadPage(PageRequest)
    case loadDetail(DetailTarget, generation: Int)
    /// The names of these ACS users: holders of credentials on screen the console has not loaded.
    case loadHolders([String])
    case wizard(WizardEffect)
    /// A front-desk operation's API work (see Operations/).
    case operation(OperationEffect)
}

/// A request for one page of one pane.
public struct PageRequest: Sendable, Equatable {
    public let pane: ListPane
    /// The building the pane is scoped to, or nil for every building.
    public let systemID: String?
    /// The API's `search`, or nil.
    public let search: String?
    /// nil for the first page.
    public let cursor: String?
    public let generation: Int
    /// Time zones of the buildings, for the dates of rows in this page.
    public let zones: BuildingZones
    /// Wait this long before asking (a debounced filter keystroke, or a retry after a failure).
    public let delay: Duration
    /// How many failures in a row came before this request (drives the retry backoff).
    public let attempt: Int

    public init(pane: ListPane, systemID: String?, search: String?, cursor: String?, generation: Int,
                zones: BuildingZones, delay: Duration = .zero, attempt: Int = 0) {
        self.pane = pane
        self.systemID = systemID
        self.search = search
        self.cursor = cursor
        self.generation = generation
        self.zones = zones
        self.delay = delay
        self.attempt = attempt
    }

    /// The same request again, after a pause that grows with each failure (2 s, 4 s, … 30 s).
    public func retried() -> PageRequest {
        let seconds = min(30, 2 << min(attempt, 4))
        return PageRequest(pane: pane, systemID: systemID, search: search, cursor: cursor, generation: generation,
                           zones: zones, delay: .seconds(seconds), attempt: attempt + 1)
    }

    /// Seconds until this request is sent (for "retrying in 4 s").
    public var delaySeconds: Int { Int(delay.components.seconds) }
}
