/// The time zone of every building the console knows, so that a credential is always shown in
/// its own building's time, even in a list that spans several buildings.
public struct BuildingZones: Sendable, Equatable {
    private var zones: [String: BuildingTime]

    public init(_ zones: [String: BuildingTime] = [:]) {
        self.zones = zones
    }

    /// The time zones of these buildings (systems rows), first row winning on a repeated id.
    public init(systems: [SystemRow]) {
        self.init(Dictionary(systems.map { ($0.id, BuildingTime(identifier: $0.timeZone)) }, uniquingKeysWith: { first, _ in first }))
    }

    /// The building's time, or UTC when the building or its time zone is unknown.
    public subscript(systemID: String) -> BuildingTime {
        zones[systemID] ?? BuildingTime(identifier: nil)
    }
}
