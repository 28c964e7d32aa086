import ConsoleCore
import ConsoleUI
import Foundation
import Testing

/// The console's audit pane names each row's step, and says which rows are damaged.
@Suite struct AuditPaneLineTests {
    private func row(_ id: Int64, kind: AuditKind, outcome: AuditOutcome?, damage: [AuditDamage] = []) -> AuditRecord {
        AuditRecord(id: id, entry: AuditEntry(
            time: Date(timeIntervalSince1970: 1_800_000_000), host: "desk-1", osUser: "jane", sshClientAddress: nil,
            profile: nil, endpoint: "e", kind: kind, attemptID: kind == .outcome ? 1 : nil, action: "credential.revoke",
            resourceIDs: ["cred_\(id)"], outcome: outcome), damage: damage)
    }

    @Test func eachStepHasItsWord() {
        #expect(row(1, kind: .attempt, outcome: nil).statusWord == "attempt")
        #expect(row(2, kind: .outcome, outcome: .succeeded).statusWord == "ok")
        #expect(row(3, kind: .outcome, outcome: .failed).statusWord == "FAILED")
        #expect(row(4, kind: .outcome, outcome: .unfinished).statusWord == "UNFINISHED")
        #expect(row(5, kind: .record, outcome: .succeeded, damage: [AuditDamage(column: "time", problem: "is missing")])
            .statusWord == "DAMAGED")
    }

    @Test func thePaneShowsAttemptsOutcomesAndDamage() {
        var pane = AuditPaneState()
        pane.phase = .loaded([
            row(3, kind: .record, outcome: .succeeded, damage: [AuditDamage(column: "time", problem: "is not a valid time")]),
            row(2, kind: .outcome, outcome: .unfinished),
            row(1, kind: .attempt, outcome: nil),
        ])
        var grid = CellGrid(columns: 100, rows: 8)
        AuditPaneView(pane: pane, timeZone: TimeZone(identifier: "UTC")!).render(into: &grid, in: Rect(x: 0, y: 0, width: 100, height: 8))
        let lines = grid.lines
        #expect(lines.contains { $0.contains("????-??-?? ??:??") && $0.contains("DAMAGED") && $0.contains("(time is not a valid time)") })
        #expect(lines.contains { $0.contains("2027-01-15 08:00") && $0.contains("UNFINISHED") && $0.contains("cred_2") })
        #expect(lines.contains { $0.contains("attempt") && $0.contains("cred_1") })
    }
}
