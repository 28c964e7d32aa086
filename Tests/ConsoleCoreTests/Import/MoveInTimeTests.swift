@testable import ConsoleCore
import Foundation
import Testing

/// The starts and ends of a residents file: the building's time unless an offset is given.
struct MoveInTimeTests {
    let newYork = BuildingTime(identifier: "America/New_York")

    func iso(_ text: String, endOfDay: Bool = false) -> String? {
        MoveInTime.parse(text, time: newYork, endOfDay: endOfDay).map(SeamDateText.iso)
    }

    @Test(arguments: [
        ("2026-12-01", false, "2026-12-01T05:00:00Z"),
        ("2026-12-01", true, "2026-12-02T04:59:00Z"),
        ("2026-12-01 09:00", false, "2026-12-01T14:00:00Z"),
        ("2026-12-01T09:00:30", false, "2026-12-01T14:00:30Z"),
        ("2026-12-01T09:00:00Z", false, "2026-12-01T09:00:00Z"),
        ("2026-12-01T09:00:00.000Z", false, "2026-12-01T09:00:00Z"),
        ("2026-12-01T09:00+02:00", false, "2026-12-01T07:00:00Z"),
        ("2026-12-01 09:00 -0530", false, "2026-12-01T14:30:00Z"),
    ])
    func readsDatesTimesAndOffsets(text: String, endOfDay: Bool, expected: String) {
        #expect(iso(text, endOfDay: endOfDay) == expected)
    }

    @Test(arguments: ["", "12/01/2026", "2026-13-01", "2026-02-30", "26-12-01", "2026-12-01 25:00", "2026-12-01T09:00+99:00", "soon"])
    func refusesWhatIsNotADate(text: String) {
        #expect(iso(text) == nil)
    }
}
