/// The building the console is scoped to: the users, entrances and credentials panes show
/// only what belongs to it, and dates are shown in its time zone.
public struct SystemScope: Sendable, Equatable {
    public let systemID: String
    public let name: String
    public let time: BuildingTime

    public init(systemID: String, name: String, time: BuildingTime) {
        self.systemID = systemID
        self.name = name
        self.time = time
    }
}
