import ConsoleCore
import ConsoleUI
import Foundation
import KeydeskTestSupport
import Testing

/// `:import` at 80x24 over the loaded console: the job's progress, with the words `keydesk
/// import` prints.
@Suite struct ImportScreenSnapshotTests {
    private typealias Screen = ConsoleScreenSnapshotTests

    @Test func aRunningImportShowsItsBar() throws {
        var state = Screen.loadedState()
        for key: Key in [.character(":"), .character("i"), .character("m"), .character("p"), .character("o"), .character("r"),
                         .character("t"), .enter] {
            _ = state.reduce(.input(.key(key)), now: Screen.now)
        }
        _ = state.reduce(.input(.paste("/srv/pms/move-in.csv")), now: Screen.now)
        _ = state.reduce(.input(.key(.enter)), now: Screen.now)
        let serial = try #require(state.modals.importScreen?.serial)
        var tally = ImportTally(total: 200, startedAt: Screen.now.addingTimeInterval(-10))
        tally.created = 70
        tally.failed = 2
        _ = state.reduce(.importScreen(.progressed(serial: serial, tally)), now: Screen.now)
        let text = Screen.render(state)
        #expect(text.contains("70/200 done, 2 failed, 7.2/s, ETA 0:18"))
        assertSnapshot(text, suite: "Import", named: "running")
    }
}
