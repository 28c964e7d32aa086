@testable import ConsoleCore
import Foundation
import Testing

/// `:import` in the console: the path, the job's start with its progress timer, progress
/// answers, Esc stopping it, the summary, and read-only refusing it.
struct ImportScreenReducerTests {
    func opened(readOnly: Bool = false, issuePath: IssuePath = .acsCredentials) -> ConsoleState {
        var state = ConsoleState(connection: ConnectionInfo(label: "SANDBOX", isSandbox: true, readOnly: readOnly, issuePath: issuePath))
        _ = state.press(.character(":"))
        _ = state.type("import")
        _ = state.press(.enter)
        return state
    }

    func tally(done: Int, failed: Int = 0) -> ImportTally {
        var tally = ImportTally(total: 10, startedAt: Fixtures.now)
        tally.created = done
        tally.failed = failed
        return tally
    }

    /// The profile's `issue_with` goes with the job, as `keydesk import` passes it.
    @Test func theJobIssuesTheWayTheProfileSays() throws {
        var state = opened(issuePath: .accessGrants)
        let serial = try #require(state.modals.importScreen?.serial)
        _ = state.type("move-in.csv")
        #expect(state.press(.enter).calls == [.importScreen(.start(serial: serial, path: "move-in.csv", issueWith: .accessGrants))])
    }

    @Test func theJobStartsWithItsProgressTimerAndShowsItsTally() throws {
        var state = opened()
        let serial = try #require(state.modals.importScreen?.serial)
        #expect(state.press(.enter).isEmpty, "no path yet")
        #expect(state.modals.importScreen?.pathProblem != nil)
        _ = state.type("move-in.csv")
        let effects = state.press(.enter)
        #expect(effects.calls == [.importScreen(.start(serial: serial, path: "move-in.csv"))])
        #expect(effects.contains(.after(ConsoleState.importProgressInterval, .importTick(serial: serial), id: .importProgress)))
        #expect(state.reduce(.timer(.importTick(serial: serial))).calls == [.importScreen(.progress(serial: serial))])
        let next = state.reduce(.importScreen(.progressed(serial: serial, tally(done: 4))))
        #expect(state.modals.importScreen?.phase == .running(tally(done: 4)))
        #expect(next == [.after(ConsoleState.importProgressInterval, .importTick(serial: serial), id: .importProgress)])
        #expect(state.press(.escape).calls == [.importScreen(.stop(serial: serial))])
        #expect(state.modals.importScreen?.phase == .stopping(tally(done: 4)))
        let done = state.reduce(.importScreen(.finished(serial: serial, summary: "4 of 10", failures: ["line 3: x"])))
        #expect(done == [.cancel(.importProgress)])
        _ = state.press(.enter)
        #expect(state.modals.importScreen == nil, "Enter closes the summary")
    }

    @Test func problemsWithTheFileAreShownAndAnswersOfAnEarlierImportDropped() throws {
        var state = opened()
        let serial = try #require(state.modals.importScreen?.serial)
        _ = state.type("bad.csv")
        _ = state.press(.enter)
        _ = state.reduce(.importScreen(.refused(serial: Date(timeIntervalSince1970: 1), problems: ["not this one"])))
        #expect(state.modals.importScreen?.phase == .checking)
        _ = state.reduce(.importScreen(.refused(serial: serial, problems: ["line 2: email is empty"])))
        #expect(state.modals.importScreen?.phase == .refused(["line 2: email is empty"]))
    }

    @Test func readOnlyRefusesTheCommand() {
        let state = opened(readOnly: true)
        #expect(state.modals.importScreen == nil)
    }
}
