import SeamAPI

/// A page of Access Grants with what the runner learned about them at once: the residents'
/// names (one `get_related` for the page). Entrances are looked up later, for the rows on screen.
public struct AccessGrantPage: Sendable, Equatable {
    public let grants: [AccessGrantRow]

    public init(grants: [AccessGrantRow]) {
        self.grants = grants
    }
}
