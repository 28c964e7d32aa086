import Foundation

/// The buildings a residents file may name, with their entrances, time zone and credential
/// manager, loaded once before validation so every row is checked without another call.
public struct ImportDirectory: Sendable, Equatable {
    public var buildings: [ImportBuilding]

    public init(buildings: [ImportBuilding]) {
        self.buildings = buildings
    }

    /// How a building named in a row was found.
    public enum Lookup: Sendable, Equatable {
        case found(ImportBuilding)
        case unknown
        /// Several buildings have this name: the row must use the id.
        case ambiguous(count: Int)
    }

    /// The building with this id, or the one with this name (case-insensitive).
    public func building(_ nameOrID: String) -> Lookup {
        if let byID = buildings.first(where: { $0.id == nameOrID }) { return .found(byID) }
        let named = buildings.filter { $0.name.caseInsensitiveCompare(nameOrID) == .orderedSame }
        switch named.count {
        case 0: return .unknown
        case 1: return .found(named[0])
        default: return .ambiguous(count: named.count)
        }
    }
}

/// A building (an ACS system that is not a credential manager) as the import uses it.
public struct ImportBuilding: Sendable, Equatable {
    public let id: String
    public let name: String
    public let time: BuildingTime
    public let entrances: [ImportEntrance]
    /// The credential manager residents are enrolled with (the building's default, or its only
    /// compatible one); nil when it has none, and no enrollment is launched.
    public let credentialManagerID: String?

    public init(id: String, name: String, time: BuildingTime, entrances: [ImportEntrance], credentialManagerID: String?) {
        self.id = id
        self.name = name
        self.time = time
        self.entrances = entrances
        self.credentialManagerID = credentialManagerID
    }

    /// The entrance with this id, or the one with this name (case-insensitive); nil when none
    /// or several have it.
    public func entrance(_ nameOrID: String) -> ImportEntrance? {
        if let byID = entrances.first(where: { $0.id == nameOrID }) { return byID }
        let named = entrances.filter { $0.name.caseInsensitiveCompare(nameOrID) == .orderedSame }
        return named.count == 1 ? named[0] : nil
    }
}

/// An entrance of a building: its id for the API, its name for people.
public struct ImportEntrance: Sendable, Equatable {
    public let id: String
    public let name: String

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}
