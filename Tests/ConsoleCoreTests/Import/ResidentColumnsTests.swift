@testable import ConsoleCore
import Testing

/// The header row of a residents file: the usual names in any case, a PMS export's extra
/// columns ignored, `--map` for names of its own, and every problem at once.
struct ResidentColumnsTests {
    @Test func aPropertyManagementExportIsReadByItsOwnHeaderNames() throws {
        let header = ["Tenant ID", "Resident Name", "E-mail Address", "Mobile Phone", "Property", "Unit", "Doors",
                      "Move-In Date", "Lease End Date", "Balance"]
        let columns = try ResidentColumns.match(header: header)
        #expect(columns.index == [.fullName: 1, .email: 2, .phone: 3, .building: 4, .entrances: 6, .starts: 7, .ends: 8])
    }

    @Test func mapNamesAColumnAndWinsOverTheUsualName() throws {
        let header = ["email", "name", "building", "Access Points", "end", "Lease End"]
        let columns = try ResidentColumns.match(header: header, renames: ["Access Points": .entrances, "lease end": .ends])
        #expect(columns.index[.entrances] == 3)
        #expect(columns.index[.ends] == 5, "the mapped column, not the one called end")
    }

    @Test func everyHeaderProblemIsListedAtOnce() {
        let header = ["Email", "E-mail", "Name", "Unit"]
        #expect(throws: ImportProblems([
            ImportProblem(line: 1, "--map names the column 'Door list', which the header does not have"),
            ImportProblem(line: 1, "columns 'Email' and 'E-mail' both mean email; choose one with --map COLUMN=email"),
            ImportProblem(line: 1, "no column for building (the header has: Email, E-mail, Name, Unit); name it with --map COLUMN=building"),
            ImportProblem(line: 1, "no column for entrances (the header has: Email, E-mail, Name, Unit); name it with --map COLUMN=entrances"),
            ImportProblem(line: 1, "no column for ends (the header has: Email, E-mail, Name, Unit); name it with --map COLUMN=ends"),
        ])) {
            try ResidentColumns.match(header: header, renames: ["Door list": .entrances])
        }
    }
}
