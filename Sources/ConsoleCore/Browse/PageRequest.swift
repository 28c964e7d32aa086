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
    /// How many failures in a row came before this request (drives the retry backoff).
    public let attempt: Int

    public init(pane: ListPane, systemID: String?, search: String?, cursor: String?, generation: Int,
                zones: BuildingZones, attempt: Int = 0) {
        self.pane = pane
        self.systemID = systemID
        self.search = search
        self.cursor = cursor
        self.generation = generation
        self.zones = zones
        self.attempt = attempt
    }

    /// The same request, asked again after a failure.
    public func retried() -> PageRequest {
        PageRequest(pane: pane, systemID: systemID, search: search, cursor: cursor, generation: generation,
                    zones: zones, attempt: attempt + 1)
    }

    /// The pause before this request is asked again: 2 s, 4 s, 8 s, 16 s, then 30 s.
    public var retryDelaySeconds: Int { Self.retryDelaySeconds(attempt: attempt) }

    /// The pause after `attempt + 1` failures in a row: 2 s, 4 s, 8 s, 16 s, then 30 s (the
    /// events feed backs off the same way).
    public static func retryDelaySeconds(attempt: Int) -> Int { min(30, 2 << min(attempt, 4)) }
}
