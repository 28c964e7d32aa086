import ConsoleCore
import ConsoleUI
import Foundation
import KeydeskTestSupport
import SeamAPI
import Testing

/// The problems view: every loaded resource with an error or a warning, errors first, each with
/// what to do; Enter opens the resource.
@Suite struct ProblemsSnapshotTests {
    private typealias Screen = ConsoleScreenSnapshotTests

    /// The loaded console, with a disconnected building, a door that needs setup and a key that
    /// must be reissued on top of the fixtures' Mission Control resident.
    static func stateWithProblems() -> ConsoleState {
        var state = Screen.loadedState()
        func deliver(_ page: PanePage) {
            let request = PageRequest(pane: page.pane, systemID: page.pane == .systems ? nil : state.scope?.systemID, search: nil,
                                      cursor: nil, generation: state.list(page.pane).generation, zones: state.zones)
            _ = state.reduce(.pageLoaded(page, request: request, nextCursor: nil), now: Screen.now)
        }
        var tower = Screen.towerA
        tower.errors = [ResourceError(errorCode: "account_disconnected", message: "The Latch account's login was revoked.")]
        deliver(.systems([tower, Screen.towerB, Screen.manager].map(SystemRow.init)))
        var lobby = Screen.entrances[0]
        lobby.warnings = [ResourceWarning(warningCode: "entrance_setup_required", message: "Finish the door's setup in Latch.")]
        deliver(.entrances([lobby, Screen.entrances[1]].map(EntranceRow.init)))
        var key = Screen.credential
        key.warnings = [ResourceWarning(warningCode: "needs_to_be_reissued", message: "The key must be issued again.")]
        deliver(.credentials([key, Screen.pending].map { CredentialRow($0, time: state.zones[$0.acsSystemId], now: Screen.now) }))
        return state
    }

    @Test func theProblemsViewListsErrorsFirstWithWhatToDo() {
        var state = Self.stateWithProblems()
        Screen.press(&state, .character("!"))
        let problems = try? #require(state.modals.problems)
        #expect(problems?.entries.map(\.problem.code) == ["account_disconnected", "entrance_setup_required", "latch_resident_user",
                                                           "needs_to_be_reissued"])
        #expect(problems?.summary == "1 error and 3 warnings")
        assertSnapshot(Screen.render(state), suite: "Problems", named: "problems-view")
    }

    @Test func enterOpensTheResourceWithTheProblem() {
        var state = Self.stateWithProblems()
        Screen.press(&state, .character("!"), .down, .down)
        let effects = state.reduce(.input(.key(.enter)), now: Screen.now)
        #expect(state.modals.problems == nil)
        #expect(state.pane == .users)
        #expect(state.users.selectedRow?.name == "Zoë Ñúñez")
        #expect(effects.compactMap(\.call).contains(.loadDetail(.user("u4"), generation: state.detail?.generation ?? -1)))
    }

    @Test func eachPaneSaysWhichProblemInItsRow() {
        var state = Self.stateWithProblems()
        Screen.press(&state, .character("1"))
        #expect(Screen.render(state).contains("! login disco"), "an error is marked, in words, in the width it has")
        #expect(Screen.render(state, columns: 100).contains("! login disconnected"))
        Screen.press(&state, .character("3"))
        #expect(Screen.render(state).contains("door needs setup"))
        Screen.press(&state, .character("4"))
        #expect(Screen.render(state).contains("reissue needed"))
    }
}
