import ConsoleCore
import ConsoleUI
import Foundation
import KeydeskTestSupport
import SeamAPI
import Testing

/// What a newcomer sees in the first five minutes, at 80x24 and 100x30: the footer of every pane
/// (with and without read-only), the help over the Users and Credentials panes, a credential's
/// detail beside the list, a user's problem in words, and the demo sandbox's first screen.
@Suite struct FirstMinutesSnapshotTests {
    private typealias Screen = ConsoleScreenSnapshotTests
    static let sizes = [(80, 24), (100, 30)]

    private func state(columns: Int, rows: Int, readOnly: Bool = false, _ keys: Key...) -> ConsoleState {
        var state = Screen.loadedState(columns: columns, rows: rows, readOnly: readOnly)
        Screen.press(&state, keys)
        return state
    }

    @Test func theFooterOfEveryPane() {
        var report: [String] = []
        for (columns, rows) in Self.sizes {
            for readOnly in [false, true] {
                report.append("\(columns)x\(rows)\(readOnly ? " read-only" : "")")
                for pane in ListPane.allCases {
                    let state = state(columns: columns, rows: rows, readOnly: readOnly, .character(Character("\(pane.number)")))
                    let footer = Screen.render(state, columns: columns, rows: rows).split(separator: "\n", omittingEmptySubsequences: false)[rows - 1]
                    report.append("  \(pane.title.padding(toLength: 12, withPad: " ", startingAt: 0))| \(footer)")
                    #expect(footer.contains("? Help"), "\(pane) \(columns)x\(rows): ? Help stays")
                    #expect(footer.contains("i Issue key") == !readOnly, "\(pane) \(columns)x\(rows): the main action unless read-only")
                    #expect(!footer.contains("…"), "no hint is cut")
                }
            }
        }
        assertSnapshot(report.joined(separator: "\n"), suite: "FirstMinutes", named: "footers")
    }

    @Test(arguments: sizes.map { "\($0.0)x\($0.1)" })
    func helpOverTheUsersAndCredentialsPanes(size: String) {
        let (columns, rows) = Self.sizes.first { "\($0.0)x\($0.1)" == size }!
        for (key, name) in [(Key.character("2"), "users"), (.character("4"), "credentials")] {
            let text = Screen.render(state(columns: columns, rows: rows, key, .character("?")), columns: columns, rows: rows)
            #expect(!text.contains("pane."), "sections are named in words")
            let helpLines = text.split(separator: "\n").filter { $0.contains("┃") }
            #expect(!helpLines.contains { $0.contains("…") }, "descriptions wrap instead of being cut")
            assertSnapshot(text, suite: "FirstMinutes", named: "help-\(name)-\(size)")
        }
    }

    @Test func aCredentialsDetailBesideTheListWrapsAndNamesTheHolder() {
        var state = state(columns: 100, rows: 30, .character("4"), .enter)
        let content = DetailContent.credential(Screen.credential, owner: Screen.users[0], entrances: Screen.entrances)
        _ = state.reduce(.detailLoaded(content, generation: state.detail!.generation), now: Screen.now)
        let text = Screen.render(state, columns: 100, rows: 30)
        #expect(text.contains("Jane Doe · mobile key"))
        #expect(text.contains("mobile key, multi-phone") && text.contains("sync"), "the method wraps instead of being cut")
        #expect(text.contains("Live: issued and within"), "the status is whole")
        assertSnapshot(text, suite: "FirstMinutes", named: "credential-detail-beside-100x30")
    }

    @Test(arguments: sizes.map { "\($0.0)x\($0.1)" })
    func theUsersPaneSaysWhichWarning(size: String) {
        let (columns, rows) = Self.sizes.first { "\($0.0)x\($0.1)" == size }!
        let text = Screen.render(state(columns: columns, rows: rows, .character("2")), columns: columns, rows: rows)
        #expect(!text.contains(" warning "))
        #expect(text.contains("Mission Control"))
        assertSnapshot(text, suite: "FirstMinutes", named: "users-warning-\(size)")
    }

    @Test(arguments: sizes.map { "\($0.0)x\($0.1)" })
    func theFirstScreenOfTheDemoSandbox(size: String) {
        let (columns, rows) = Self.sizes.first { "\($0.0)x\($0.1)" == size }!
        var state = ConsoleState(connection: ConnectionInfo(label: "SANDBOX", isSandbox: true))
        _ = state.reduce(.input(.resize(columns: columns, rows: rows)), now: Screen.now)
        _ = state.reduce(.start, now: Screen.now)
        let request = PageRequest(pane: .systems, systemID: nil, search: nil, cursor: nil, generation: state.systems.generation, zones: state.zones)
        _ = state.reduce(.pageLoaded(.systems([Screen.towerA, Screen.towerB].map(SystemRow.init)), request: request, nextCursor: nil), now: Screen.now)
        let text = Screen.render(state, columns: columns, rows: rows)
        #expect(text.contains("Demo buildings · Enter to work in a building · i to issue a key · ? for help"))
        assertSnapshot(text, suite: "FirstMinutes", named: "demo-first-screen-\(size)")
        _ = state.reduce(.input(.key(.down)), now: Screen.now)
        #expect(!Screen.render(state, columns: columns, rows: rows).contains("Demo buildings"), "gone after the first key")
    }
}
