import ConsoleCore
import Foundation
import SeamAPI

/// Loads what validation needs to know about the buildings a residents file names, before any
/// row is checked: every building's name and time zone, and for the buildings the file names,
/// their entrances and credential manager.
public enum ImportDirectoryLoader {
    /// `named`: the building cells of the file (names or ids); entrances are loaded for these only.
    public static func load(client: SeamClient, named: Set<String>) async throws -> ImportDirectory {
        let systems = try await client.acs.systems.list().filter { !$0.isCredentialManager }
        let wanted = systems.filter { system in
            named.contains(system.acsSystemId) || named.contains { $0.caseInsensitiveCompare(system.name) == .orderedSame }
        }
        let loaded = try await withThrowingTaskGroup(of: ImportBuilding.self) { group in
            for system in wanted {
                group.addTask { try await building(system, client: client) }
            }
            var buildings: [String: ImportBuilding] = [:]
            for try await building in group { buildings[building.id] = building }
            return buildings
        }
        // Buildings the file does not name keep no entrances: they only make "no building is
        // called X" name the alternatives.
        return ImportDirectory(buildings: systems.map { system in
            loaded[system.acsSystemId] ?? ImportBuilding(id: system.acsSystemId, name: system.name,
                                                         time: BuildingTime(identifier: system.location?.timeZone),
                                                         entrances: [], credentialManagerID: nil)
        })
    }

    private static func building(_ system: AcsSystem, client: SeamClient) async throws -> ImportBuilding {
        let entrances = try await client.acs.entrances.paginate(AcsEntranceListParameters(acsSystemId: system.acsSystemId)).collectAll()
        var managerID = system.defaultCredentialManagerAcsSystemId
        if managerID == nil {
            let managers = try await client.acs.systems.listCompatibleCredentialManagerAcsSystems(acsSystemId: system.acsSystemId)
            if managers.count == 1 { managerID = managers[0].acsSystemId }
        }
        return ImportBuilding(id: system.acsSystemId, name: system.name, time: BuildingTime(identifier: system.location?.timeZone),
                              entrances: entrances.map { ImportEntrance(id: $0.acsEntranceId, name: $0.displayName) },
                              credentialManagerID: managerID)
    }
}
