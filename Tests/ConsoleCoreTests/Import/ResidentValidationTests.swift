@testable import ConsoleCore
import Foundation
import KeydeskTestSupport
import Testing

/// Every row is checked before anything is sent, and every problem is named with its line.
struct ResidentValidationTests {
    let now = ImportFixtures.now

    func validate(_ lines: [String]) throws -> (moveIns: [MoveIn], problems: [ImportProblem]) {
        let (header, records) = ImportFixtures.records(lines)
        let columns = try ResidentColumns.match(header: header)
        return ResidentValidation.validate(records, columns: columns, directory: ImportFixtures.directory, now: now)
    }

    @Test func aFileFullOfMistakesIsReportedLineByLine() throws {
        let result = try validate([
            "email,full name,phone,building,entrances,starts,ends,method",
            "ada@example.com,Ada Lovelace,+15555550100,Maple Court,Main Entrance;Gym,2026-12-01,2027-11-30,",
            "not-an-email,Bad Email,,Maple Court,Main Entrance,,2027-01-01,mobile_key",
            "bob@example.com,,555-0100,Maple Court,Main Entrance,,2027-01-01,",
            "cy@example.com,Cy Twombly,,Elm Towers,Main Entrance,,2027-01-01,",
            "di@example.com,Di Prima,,Maple Court,Pool,,2027-01-01,",
            "ed@example.com,Ed Ruscha,,Maple Court,Main Entrance,2027-02-01,2027-01-01,",
            "fay@example.com,Fay Wray,,Maple Court,Main Entrance,,2026-10-01,",
            "gus@example.com,Gus Van Sant,,Maple Court,Main Entrance;Gym,,2027-01-01,pin",
            "ADA@example.com,Ada Again,,Maple Court,Gym,,2027-01-01,",
            "hal@example.com,Hal Ashby,,Harbor Lofts,Lobby,,someday,card",
            "ivy@example.com,Ivy Baker,,sys-harbor,Lobby,,,",
            ",,,,,,,",
        ])
        #expect(result.moveIns.map(\.line) == [2])
        assertSnapshot(result.problems.map(\.description).joined(separator: "\n"), suite: "Import", named: "validation-problems")
    }

    @Test func aValidRowBecomesAMoveInInTheBuildingsTimeZone() throws {
        let result = try validate([
            "Email,Name,Building,Doors,Move-In Date,Lease End,Method",
            "ada@example.com,Ada Lovelace,maple court,Main Entrance; ent-gym,2026-12-01 09:30,2027-11-30,PIN code",
        ])
        #expect(result.problems == [ImportProblem(line: 2, "a PIN opens exactly one entrance (Latch); this row names 2")])
        let valid = try validate([
            "Email,Name,Building,Doors,Move-In Date,Lease End",
            "ada@example.com,Ada Lovelace,maple court,Main Entrance; ent-gym,2026-12-01 09:30,2027-11-30",
        ])
        let moveIn = try #require(valid.moveIns.first)
        #expect(moveIn.building.id == "sys-maple")
        #expect(moveIn.entranceIDs == ["ent-main", "ent-gym"])
        #expect(moveIn.method == .mobileKey)
        #expect(SeamDateText.iso(moveIn.startsAt) == "2026-12-01T14:30:00Z", "09:30 in New York")
        #expect(SeamDateText.iso(moveIn.endsAt) == "2027-12-01T04:59:00Z", "a day alone lasts until 23:59 there")
    }
}

/// ISO 8601 in UTC for comparisons.
enum SeamDateText {
    static func iso(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }
}
