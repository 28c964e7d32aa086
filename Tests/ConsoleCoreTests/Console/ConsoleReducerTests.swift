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
        state.reduce(.pageLoaded(page, request: Fixtures.request(state, page.pane), nextCursor: next, at: Fixtures.now))
    }

    @Test func startLoadsTheWorkspaceAndEveryPane() {
        var state = ConsoleState(connection: ConnectionInfo(label: "SANDBOX", isSandbox: true))
        let effects = state.reduce(.start)
        #expect(effects.first == .loadWorkspace)
        let panes = effects.compactMap { effect -> ListPane? in
            if case .loadPage(let request) = effect { return request.pane } else { return nil }
        }
        #expect(panes == ListPane.allCases)
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
        _ = state.reduce(.input(.resize(columns: 80, rows: 24), at: Fixtures.now))
        _ = loaded(&state, .users([Fixtures.user("u1", "Ana Zed")]))
        let keys = (0..<100).map { mobileKey("c\($0)", user: "u\($0 % 40)") }
        #expect(loaded(&state, .credentials(keys)).isEmpty, "nothing is asked while another pane is shown")
        let shown = state.reduce(.input(.key(.character("4")), at: Fixtures.now))
        let asked = shown.compactMap { effect -> [String]? in
            if case .loadHolders(let ids) = effect { return ids } else { return nil }
        }
        let onScreen = Set((0..<state.listHeight).map { "u\($0 % 40)" }).subtracting(["u1"])
        #expect(asked.count == 1)
        #expect(Set(asked.first ?? []) == onScreen, "the unknown holders of the rows on screen, u1 being known")
        #expect(!state.reduce(.input(.key(.down), at: Fixtures.now)).contains { if case .loadHolders = $0 { true } else { false } },
                "asked once")

        _ = state.reduce(.holdersLoaded(["u2": "Bo Young"]))
        #expect(state.credentials.rows[2].owner == "Bo Young")
        #expect(state.credentials.rows[42].owner == "Bo Young", "every credential of that holder")
    }

    @Test func enterOnASystemScopesTheOtherPanesAndOpensItsDetails() {
        var state = started()
        _ = loaded(&state, .systems([Fixtures.system("s1", "Tower A"), Fixtures.system("s2", "Tower B", timeZone: "Europe/Paris")]))
        _ = state.press(.character("j"))
        let effects = state.press(.enter)
        #expect(state.scope?.systemID == "s2")
        #expect(state.scope?.time.label == "Europe/Paris")
        let scoped = effects.compactMap { effect -> String? in
            if case .loadPage(let request) = effect { return "\(request.pane):\(request.systemID ?? "all")" } else { return nil }
        }
        #expect(scoped == ["users:s2", "entrances:s2", "credentials:s2"])
        #expect(effects.last == .loadDetail(.system("s2"), generation: state.detail!.generation))
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
        #expect(state.mode == .command(TextDraft("entrances")), "Tab completes a command name")
        _ = state.press(.enter)
        #expect(state.pane == .entrances)
        _ = state.type(":q")
        _ = state.press(.enter)
        #expect(state.shouldQuit)
    }

    @Test func filterNarrowsAtOnceAndAsksTheAPIOnceTypingPauses() {
        var state = started()
        _ = state.press(.character("2"))
        _ = loaded(&state, .users([Fixtures.user("u1", "Jane Doe"), Fixtures.user("u2", "John Roe")]))
        _ = state.press(.character("/"))
        let effects = state.type("jan")
        #expect(state.users.count == 1)
        guard case .loadPage(let request)? = effects.last else {
            Issue.record("expected a search request, got \(effects)")
            return
        }
        #expect(request.search == "jan")
        #expect(request.delay == .milliseconds(150))
        // Esc puts the previous filter back.
        _ = state.press(.escape)
        #expect(state.users.count == 2)
        #expect(state.mode == .browsing)
    }

    @Test func answersForAnEarlierFilterAreDropped() {
        var state = started()
        _ = state.press(.character("2"))
        _ = state.press(.character("/"))
        _ = state.type("a")
        let stale = Fixtures.request(state, .users)
        _ = state.type("b")
        _ = state.reduce(.pageLoaded(.users([Fixtures.user("x", "Stale Answer")]), request: stale, nextCursor: nil, at: Fixtures.now))
        #expect(state.users.count == 0)
    }

    @Test func scrollingNearTheEndAsksForTheNextPage() {
        var state = started()
        _ = state.reduce(.input(.resize(columns: 80, rows: 24), at: Fixtures.now))
        _ = state.press(.character("2"))
        _ = loaded(&state, .users(Fixtures.users(100)), next: "cursor-2")
        var requested: PageRequest?
        for _ in 0..<100 {
            for case .loadPage(let request) in state.press(.down) { requested = request }
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
        guard case .loadPage(let second)? = effects.last else { Issue.record("no next page asked"); return }
        let more = state.reduce(.pageLoaded(.users(Fixtures.users(50, from: 50)), request: second, nextCursor: "p3", at: Fixtures.now))
        #expect(state.users.selectedID == "u99")
        guard case .loadPage(let third)? = more.last else { Issue.record("did not follow to the third page"); return }
        _ = state.reduce(.pageLoaded(.users(Fixtures.users(10, from: 100)), request: third, nextCursor: nil, at: Fixtures.now))
        #expect(state.users.selectedID == "u109")
        #expect(!state.followingEnd.contains(.users))
    }

    @Test func aTransientFailureKeepsTheDataSaysSoAndRetries() {
        var state = started()
        _ = state.press(.character("2"))
        _ = loaded(&state, .users(Fixtures.users(3)))
        let refresh = state.press(.character("r"))
        guard case .loadPage(let request)? = refresh.last else { Issue.record("refresh asked nothing"); return }
        let retry = state.reduce(.pageFailed(request: request, ConsoleFailure(.transient, "The Seam API did not answer."), at: Fixtures.now))
        #expect(state.users.count == 3, "the last good rows stay")
        #expect(state.banner?.contains("retrying in 2 s") == true)
        guard case .loadPage(let again)? = retry.first else { Issue.record("no retry"); return }
        #expect(again.delay == .seconds(2))
        #expect(again.retried().delay == .seconds(4))
        _ = state.reduce(.pageLoaded(.users(Fixtures.users(4)), request: again, nextCursor: nil, at: Fixtures.now))
        #expect(state.banner == nil)
        #expect(state.flash?.message == "Connection restored.")
        #expect(state.users.count == 4)
    }

    @Test func aRefusedKeyShowsABannerAndDoesNotRetry() {
        var state = started()
        let request = Fixtures.request(state, .systems)
        let effects = state.reduce(.pageFailed(request: request, ConsoleFailure(.unauthorized, "The API key from SEAM_API_KEY was refused."), at: Fixtures.now))
        #expect(effects.isEmpty)
        #expect(state.banner == "The API key from SEAM_API_KEY was refused.")
    }

    @Test func theFlashClearsItselfAfterItsLifetime() {
        var state = started()
        _ = state.press(.character("r"))
        #expect(state.flash != nil)
        _ = state.reduce(.tick(Fixtures.now + Flash.lifetime - 1))
        #expect(state.flash != nil)
        _ = state.reduce(.tick(Fixtures.now + Flash.lifetime))
        #expect(state.flash == nil)
    }

    @Test func helpOpensAndAnyKeyClosesIt() {
        var state = started()
        _ = state.press(.character("?"))
        #expect(state.mode == .help)
        _ = state.press(.character("x"))
        #expect(state.mode == .browsing)
    }
}
