@testable import ConsoleCore
import Foundation

/// Two buildings as the demo seed has them, for validation tests without a server.
enum ImportFixtures {
    /// 2026-11-01 12:00 UTC.
    static let now = Date(timeIntervalSince1970: 1_793_534_400)

    static let maple = ImportBuilding(
        id: "sys-maple", name: "Maple Court", time: BuildingTime(identifier: "America/New_York"),
        entrances: [ImportEntrance(id: "ent-main", name: "Main Entrance"), ImportEntrance(id: "ent-gym", name: "Gym"),
                    ImportEntrance(id: "ent-101", name: "Unit 101")],
        credentialManagerID: "mgr-maple")
    static let harbor = ImportBuilding(
        id: "sys-harbor", name: "Harbor Lofts", time: BuildingTime(identifier: "America/Los_Angeles"),
        entrances: [ImportEntrance(id: "ent-lobby", name: "Lobby")], credentialManagerID: nil)
    static let directory = ImportDirectory(buildings: [maple, harbor])

    /// Records from CSV-like lines (no quoting needed in these fixtures), the header on line 1.
    static func records(_ lines: [String]) -> (header: [String], records: [ResidentRecord]) {
        let header = lines[0].components(separatedBy: ",")
        let records = lines.dropFirst().enumerated().map { index, line in
            ResidentRecord(line: index + 2, values: line.components(separatedBy: ","))
        }
        return (header, records)
    }
}
