import ConsoleCore
import Testing
@testable import ConsoleUI

@Suite struct DateTimeFieldTests {
    @Test(arguments: [
        ("", DateTimeValidation.empty),
        ("2026", .incomplete),
        ("2026-1", .incomplete),
        ("2026-12-31 23:59", .valid(DateTimeValue(year: 2026, month: 12, day: 31, hour: 23, minute: 59))),
        ("2024-02-29 00:00", .valid(DateTimeValue(year: 2024, month: 2, day: 29, hour: 0, minute: 0))),
        ("202a", .invalid("expected a digit at position 4 (YYYY-MM-DD HH:MM)")),
        ("2026/", .invalid("expected '-' at position 5 (YYYY-MM-DD HH:MM)")),
        ("2026-2", .invalid("month must be 01-12")),
        ("2026-13", .invalid("month must be 01-12")),
        ("2026-00", .invalid("month must be 01-12")),
        ("2026-02-30", .invalid("day must be 01-28 in 2026-02")),
        ("2026-04-4", .invalid("day must be 01-31")),
        ("2026-04-31", .invalid("day must be 01-30 in 2026-04")),
        ("2026-04-30 3", .invalid("hour must be 00-23")),
        ("2026-04-30 24", .invalid("hour must be 00-23")),
        ("2026-04-30 23:6", .invalid("minute must be 00-59")),
        ("2026-04-30 23:59x", .invalid("too long: use YYYY-MM-DD HH:MM")),
    ])
    func validatesAsTyped(_ text: String, _ expected: DateTimeValidation) {
        #expect(DateTimeFormat.validate(text) == expected)
    }

    @Test func typingDigitsInsertsSeparators() {
        var state = DateTimeFieldState()
        for c in "202605011830" { state.handle(.key(.character(c))) }
        #expect(state.text == "2026-05-01 18:30")
        #expect(state.validation.value == DateTimeValue(year: 2026, month: 5, day: 1, hour: 18, minute: 30))
        state.handle(.key(.character("9")))
        #expect(state.text == "2026-05-01 18:30")
    }

    @Test func lettersAreIgnoredAndBackspaceRevalidates() {
        var state = DateTimeFieldState(text: "2026-13")
        #expect(state.validation == .invalid("month must be 01-12"))
        state.handle(.key(.character("x")))
        #expect(state.text == "2026-13")
        state.handle(.key(.backspace))
        #expect(state.validation == .incomplete)
    }

    @Test func showsTheErrorUnderTheField() {
        let field = DateTimeField(label: "Starts", state: DateTimeFieldState(text: "2026-02-30"))
        var grid = CellGrid(columns: 60, rows: 2)
        field.render(into: &grid, in: grid.bounds)
        #expect(grid.line(0) == "Starts 2026-02-30")
        #expect(grid.line(1) == "       ERROR: day must be 01-28 in 2026-02")
    }
}
