import Foundation
import ConsoleServices
import SeamAPI

/// The building a command-line option names, by id or by name (case-insensitive), with an
/// error that lists the buildings when none or several match.
enum BuildingLookup {
    static func find(_ nameOrID: String, client: SeamClient) async throws -> AcsSystem {
        let systems = try await client.acs.systems.list()
        if let byID = systems.first(where: { $0.acsSystemId == nameOrID }) { return byID }
        let buildings = systems.filter { !$0.isCredentialManager }
        let named = buildings.filter { $0.name.caseInsensitiveCompare(nameOrID) == .orderedSame }
        switch named.count {
        case 1:
            return named[0]
        case 0:
            let names = buildings.map(\.name).joined(separator: ", ")
            throw KeydeskCommandError("no building is called '\(nameOrID)' (buildings: \(names)).", exitCode: .usage)
        default:
            throw KeydeskCommandError("\(named.count) buildings are called '\(nameOrID)'; give the building's id.", exitCode: .usage)
        }
    }
}
