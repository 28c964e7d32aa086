import ConsoleCore
import Foundation
import SeamAPI
import Testing

@Suite struct ConsoleReducerTests {
    private func started() -> ConsoleState {
        var state = ConsoleState(connection: ConnectionInfo(label: "SANDBOX", isSandbox: true))
        _ = state.reduce(.start)
        return state
    }

    /// A Latch mobile key held by `user`, named as Latch names every one.
    private func mobileKey(_ id: String, user: String) -> CredentialRow {
        CredentialRow(AcsCredential(acsCredentialId: id, acsSystemId: "s1", workspaceId: "ws", createdAt: Fixtures.now,
                                    displayName: "Multi Phone Sync Credential", accessMethod: .mobileKey, acsUserId: user),
                      time: BuildingTime(identifier: nil), now: Fixtures.now)
    }

    private func loaded(_ state: inout ConsoleState, _ page: PanePage, next: String? = nil) -> [ConsoleEffect] {
        state.reduce(.pageLoaded(page, request: Fixtures.request(state, page.pane), nextCursor: next))
    }

    @Test func startLoadsTheWorkspaceAndEveryPane() {
        var state = ConsoleState(connection: ConnectionInfo(label: "SANDBOX", isSandbox: true))
        let effects = state.reduce(.start)
        #expect(effects.first == .call(.loadWorkspace, id: .workspace))
        #expect(effects.pageRequests.map(\.pane) == ListPane.allCases)
        #expect(effects.dropFirst().map(\.id) == ListPane.allCases.map { .page($0) }, "each pane's loads have their own identity")
        #expect(state.loadingLabel == "loading systems, users, entrances, credentials…")
    }

    @Test func credentialsShowSortAndFilterByTheirHolderWhicheverLoadsFirst() {
        var state = started()
        _ = loaded(&state, .credentials([mobileKey("c1", user: "u2"), mobileKey("c2", user: "u1")]))
        #expect(state.credentials.rows.map { $0.text(forColumn: 0) } == ["Multi Phone Sync Credential", "Multi Phone Sync Credential"],
                "the credential's own name until its holder is known")
        _ = loaded(&state, .users([Fixtures.user("u1", "Ana Zed"), Fixtures.user("u2", "Bo Young")]))
        #expect(state.credentials.rows.map { $0.text(forColumn: 0) } == ["Bo Young", "Ana Zed"])
        state.credentials.cycleSort(column: 0)
        #expect(state.credentials.row(at: 0)?.owner == "Ana Zed", "sorted by the holder shown")
        state.credentials.setFilter("young")
        #expect(state.credentials.count == 1 && state.credentials.row(at: 0)?.id == "c1", "filtered by the holder shown")
        state.credentials.setFilter("")

        _ = loaded(&state, .credentials([mobileKey("c3", user: "u1")]))
        #expect(state.credentials.rows.first?.owner == "Ana Zed", "a credential loaded after its holder has the name at once")
    }

    @Test func holdersOfCredentialsOnScreenAreAskedForOnceEach() {
        var state = started()
        _ = state.reduce(.input(.resize(columns: 80, rows: 24)))
        _ = loaded(&state, .users([Fixtures.user("u1", "Ana Zed")]))
        let keys = (0..<100).map { mobileKey("c\($0)", user: "u\($0 % 40)") }
        #expect(loaded(&state, .credentials(keys)).isEmpty, "nothing is asked while another pane is shown")
        let shown = state.reduce(.input(.key(.character("4"))))
        let asked = shown.calls.compactMap { call -> [String]? in
            if case .loadHolders(let ids) = call { return ids } else { return nil }
        }
        let onScreen = Set((0..<state.listHeight).map { "u\($0 % 40)" }).subtracting(["u1"])
        #expect(asked.count == 1)
        #expect(Set(asked.first ?? []) == onScreen, "the unknown holders of the rows on screen, u1 being known")
        #expect(!state.press(.down).calls.contains { if case .loadHolders = $0 { true } else { false } },
                "asked once")

        _ = state.reduce(.holdersLoaded(["u2": "Bo Young"]))
        #expect(state.credentials.rows[2].owner == "Bo Young")
        #expect(state.credentials.rows[42].owner == "Bo Young", "every credential of that holder")
    }

    /// Sorting by holder asks for every user's name once: it used to sort the credentials whose
    /// holder never came on screen under their own name, in the middle of the named ones.
    @Test func sortingByHolderAsksForEveryHoldersNameOnceAndSortsByThem() {
        var state = started()
        _ = state.reduce(.input(.resize(columns: 80, rows: 24)))
        let keys = (0..<100).map { mobileKey("c\($0)", user: "u\($0 % 40)") }
        _ = loaded(&state, .credentials(keys))
        _ = state.reduce(.input(.key(.character("4"))))
        let sorted = state.press(.character("s"))
        #expect(state.credentials.sort == ListSort(column: 0))
        #expect(sorted.calls.contains(.loadAllHolders(systemID: nil)), "every user of the workspace (no building chosen)")
        var again = state.press(.character("S")).calls
        for _ in 0..<10 where state.credentials.sort != ListSort(column: 0) {
            again += state.press(.character("s")).calls // round the columns back to the holder
        }
        #expect(state.credentials.sort == ListSort(column: 0))
        #expect(!again.contains { if case .loadAllHolders = $0 { true } else { false } }, "asked once per scope")

        let names = Dictionary(uniqueKeysWithValues: (0..<40).map { ("u\($0)", String(format: "Resident %02d", 39 - $0)) })
        _ = state.reduce(.holdersLoaded(names))
        let shown = (0..<state.credentials.count).compactMap { state.credentials.row(at: $0)?.owner }
        #expect(shown.count == 100 && !shown.contains(""), "every row named")
        #expect(shown == shown.sorted(), "in holder order from the first row to the last")
    }

    @Test func enterOnASystemScopesTheOtherPanesAndOpensItsDetails() {
        var state = started()
        _ = loaded(&state, .systems([Fixtures.system("s1", "Tower A"), Fixtures.system("s2", "Tower B", timeZone: "Europe/Paris")]))
        _ = state.press(.character("j"))
        let effects = state.press(.enter)
        #expect(state.scope?.systemID == "s2")
        #expect(state.scope?.time.label == "Europe/Paris")
        let scoped = effects.pageRequests.map { "\($0.pane):\($0.systemID ?? "all")" }
        #expect(scoped == ["users:s2", "entrances:s2", "credentials:s2", "access:s2", "activity:s2"], "the Access and Activity panes follow the building too")
        #expect(effects.last == .call(.loadDetail(.system("s2"), generation: state.detail!.generation), id: .detail))
        _ = state.press(.escape)
        #expect(state.detail == nil)
    }

    @Test func numberKeysAndColonCommandsSwitchPanes() {
        var state = started()
        _ = state.press(.character("3"))
        #expect(state.pane == .entrances)
        _ = state.type(":cred")
        _ = state.press(.enter)
        #expect(state.pane == .credentials)
        _ = state.type(":nonsense")
        _ = state.press(.enter)
        #expect(state.flash?.level == .error)
        #expect(state.flash?.message.contains("Unknown command :nonsense") == true)
        _ = state.type(":ent")
        _ = state.press(.tab)
        #expect(state.commandBar?.draft == TextDraft("entrances"), "Tab completes a command name")
        _ = state.press(.enter)
        #expect(state.pane == .entrances)
        _ = state.type(":q")
        _ = state.press(.enter)
        #expect(state.shouldQuit)
    }

    @Test func filterNarrowsAtOnceAndAsksTheAPIOnlyWhenTypingPauses() {
        var state = started()
        _ = state.press(.character("2"))
        _ = loaded(&state, .users([Fixtures.user("u1", "Jane Doe"), Fixtures.user("u2", "John Roe")]))
        _ = state.press(.character("/"))
        let effects = state.type("jan")
        #expect(state.users.count == 1, "the loaded rows are filtered at each key")
        #expect(effects.calls.isEmpty, "no request while typing")
        #expect(effects.map(\.id) == Array(repeating: .filterPause(.users), count: 3), "each key restarts the one pause timer")
        #expect(effects.last == .after(ConsoleState.typingPause, .filterPaused(.users, search: "jan"), id: .filterPause(.users)))

        let asked = state.reduce(.timer(.filterPaused(.users, search: "jan")))
        #expect(asked.pageRequests.map(\.search) == ["jan"], "the pause asks the API once")
        #expect(asked.first?.id == .page(.users), "replacing any page load of the pane in flight")
        #expect(state.reduce(.timer(.filterPaused(.users, search: "jan"))).isEmpty, "the same search is not asked twice")

        // Esc puts the previous filter back.
        _ = state.press(.escape)
        #expect(state.users.count == 2)
        #expect(state.modals.top == nil)
    }

    @Test func answersForAnEarlierSearchAreDropped() {
        var state = started()
        _ = state.press(.character("2"))
        _ = state.press(.character("/"))
        _ = state.type("a")
        let stale = state.reduce(.timer(.filterPaused(.users, search: "a"))).pageRequests[0]
        _ = state.type("b")
        _ = state.reduce(.timer(.filterPaused(.users, search: "ab")))
        _ = state.reduce(.pageLoaded(.users([Fixtures.user("x", "Stale Answer")]), request: stale, nextCursor: nil))
        #expect(state.users.count == 0)
    }

    @Test func scrollingNearTheEndAsksForTheNextPage() {
        var state = started()
        _ = state.reduce(.input(.resize(columns: 80, rows: 24)))
        _ = state.press(.character("2"))
        _ = loaded(&state, .users(Fixtures.users(100)), next: "cursor-2")
        var requested: PageRequest?
        for _ in 0..<100 {
            for request in state.press(.down).pageRequests { requested = request }
            if requested != nil { break }
        }
        #expect(requested?.cursor == "cursor-2")
        #expect(state.users.phase == .loadingMore)
    }

    @Test func bottomFollowsEveryPageToTheEnd() {
        var state = started()
        _ = state.press(.character("2"))
        _ = loaded(&state, .users(Fixtures.users(50)), next: "p2")
        let effects = state.press(.character("G"))
        guard let second = effects.pageRequests.last else { Issue.record("no next page asked"); return }
        let more = state.reduce(.pageLoaded(.users(Fixtures.users(50, from: 50)), request: second, nextCursor: "p3"))
        #expect(state.users.selectedID == "u99")
        guard let third = more.pageRequests.last else { Issue.record("did not follow to the third page"); return }
        _ = state.reduce(.pageLoaded(.users(Fixtures.users(10, from: 100)), request: third, nextCursor: nil))
        #expect(state.users.selectedID == "u109")
        #expect(!state.followingEnd.contains(.users))
    }

    @Test func aTransientFailureKeepsTheDataSaysSoAndRetries() {
        var state = started()
        _ = state.press(.character("2"))
        _ = loaded(&state, .users(Fixtures.users(3)))
        let refresh = state.press(.character("r"))
        guard let request = refresh.pageRequests.last else { Issue.record("refresh asked nothing"); return }
        let retry = state.reduce(.pageFailed(request: request, ConsoleFailure(.transient, "The Seam API did not answer.")))
        #expect(state.users.count == 3, "the last good rows stay")
        #expect(state.banner?.contains("retrying in 2 s") == true)
        guard case let .timer(delay, .retryPage(again))? = retry.first?.work else { Issue.record("no retry timer: \(retry)"); return }
        #expect(delay == .seconds(2))
        #expect(retry.first?.id == .page(.users), "a refresh or a new search replaces the pending retry")
        #expect(again.retryDelaySeconds == 4, "the next failure waits longer")
        #expect(state.reduce(.timer(.retryPage(again))).pageRequests == [again], "the timer asks again")
        _ = state.reduce(.pageLoaded(.users(Fixtures.users(4)), request: again, nextCursor: nil))
        #expect(state.banner == nil)
        #expect(state.flash?.message == "Connection restored.")
        #expect(state.users.count == 4)
    }

    @Test func aRefusedKeyShowsABannerAndDoesNotRetry() {
        var state = started()
        let request = Fixtures.request(state, .systems)
        let effects = state.reduce(.pageFailed(request: request, ConsoleFailure(.unauthorized, "The API key from SEAM_API_KEY was refused.")))
        #expect(effects.isEmpty)
        #expect(state.banner == "The API key from SEAM_API_KEY was refused.")
    }

    @Test func theFlashClearsItselfAfterItsLifetime() {
        var state = started()
        let effects = state.press(.character("r"))
        #expect(state.flash != nil)
        #expect(effects.last == .after(.seconds(Flash.lifetime), .flashExpired, id: .flash), "a timer, not polling")
        _ = state.reduce(.timer(.flashExpired), now: Fixtures.now + Flash.lifetime - 1)
        #expect(state.flash != nil, "a newer flash is not cleared by an older timer")
        _ = state.reduce(.timer(.flashExpired), now: Fixtures.now + Flash.lifetime)
        #expect(state.flash == nil)
    }

    @Test func helpOpensAndAnyKeyClosesIt() {
        var state = started()
        _ = state.press(.character("?"))
        #expect(state.help != nil)
        _ = state.press(.character("x"))
        #expect(state.modals.top == nil)
    }
}
