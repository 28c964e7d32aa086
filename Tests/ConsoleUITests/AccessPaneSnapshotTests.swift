import ConsoleCore
import ConsoleUI
import Foundation
import KeydeskTestSupport
import SeamAPI
import Testing

/// The Access pane over the loaded console of `ConsoleScreenSnapshotTests`, at 80x24 and 100x30,
/// with fixed grants: residents, entrances, methods, end and status; and a grant's detail with
/// each method's status and its PIN masked until `p`.
@Suite struct AccessPaneSnapshotTests {
    private typealias Screen = ConsoleScreenSnapshotTests
    static let sizes = [(80, 24), (100, 30)]
    static let now = Screen.now
    static let pin = "5830417"

    static let grants: [AccessGrant] = [
        AccessGrant(accessGrantId: "grant-1", workspaceId: "ws", userIdentityId: "id-jane", name: "Access Grant for Jane Doe",
                    displayName: "Access Grant", displayStatus: "granted", createdAt: now - 86_400, startsAt: now - 86_400,
                    endsAt: now + 30 * 86_400, accessMethodIds: ["m-key", "m-pin"],
                    requestedAccessMethods: [.init(mode: .mobileKey, displayName: "Mobile key", createdAccessMethodIds: ["m-key"]),
                                             .init(mode: .code, displayName: "PIN code", createdAccessMethodIds: ["m-pin"])]),
        AccessGrant(accessGrantId: "grant-2", workspaceId: "ws", userIdentityId: "id-omar", name: "Access Grant for Omar Haddad",
                    displayName: "Access Grant", displayStatus: "setting_up_access", createdAt: now - 600, startsAt: now - 600,
                    endsAt: now + 7 * 86_400, accessMethodIds: ["m-omar"],
                    requestedAccessMethods: [.init(mode: .mobileKey, displayName: "Mobile key", createdAccessMethodIds: ["m-omar"])],
                    warnings: [ResourceWarning(warningCode: "underprovisioned_access", message: "Access methods are still being created.",
                                               createdAt: now - 600)]),
        AccessGrant(accessGrantId: "grant-3", workspaceId: "ws", userIdentityId: "id-li", name: "Access Grant for Li Wei",
                    displayName: "Access Grant", displayStatus: "granted", createdAt: now - 3_600, startsAt: now - 3_600,
                    endsAt: now + 2 * 86_400, requestedAccessMethods: [.init(mode: .mobileKey, displayName: "Mobile key")],
                    warnings: [ResourceWarning(warningCode: .beingDeleted, message: "The access grant is being deleted.", createdAt: now - 60)]),
    ]

    /// The loaded console on the Access pane, its three grants named by their residents and entrances.
    static func accessState(columns: Int, rows: Int) -> ConsoleState {
        var state = Screen.loadedState(columns: columns, rows: rows)
        let names = ["id-jane": "Jane Doe", "id-omar": "Omar Haddad", "id-li": "Li Wei"]
        let rows = grants.map { AccessGrantRow($0, residentName: names[$0.userIdentityId], time: state.zones["sys-a"]) }
        let request = PageRequest(pane: .access, systemID: state.scope?.systemID, search: nil, cursor: nil,
                                  generation: state.grants.generation, zones: state.zones)
        _ = state.reduce(.pageLoaded(.access(AccessGrantPage(grants: rows)), request: request, nextCursor: nil), now: now)
        Screen.press(&state, .character("5"))
        _ = state.reduce(.grantsDescribed(["grant-1": ["Main Lobby", "Unit 1204"], "grant-2": ["Main Lobby"], "grant-3": ["Unit 1204"]]), now: now)
        state.flash = nil
        return state
    }

    @Test(arguments: sizes.map { "\($0.0)x\($0.1)" })
    func theAccessPaneListsGrantsByResident(size: String) {
        let (columns, rows) = Self.sizes.first { "\($0.0)x\($0.1)" == size }!
        let text = Screen.render(Self.accessState(columns: columns, rows: rows), columns: columns, rows: rows)
        #expect(text.contains("Jane Doe") && text.contains("Omar Haddad") && text.contains("Li Wei"))
        #expect(text.contains(columns >= 100 ? "mobile key + PIN" : "mobile key …"), "the methods, cut to the column at 80")
        #expect(text.contains("deleting…"))
        assertSnapshot(text, suite: "Access", named: "access-pane-\(size)")
    }

    @Test func aGrantsDetailListsItsMethodsWithThePINMaskedUntilAsked() throws {
        var state = Self.accessState(columns: 100, rows: 30)
        Screen.press(&state, .enter)
        let generation = try #require(state.detail?.generation)
        let methods = [
            AccessMethod(accessMethodId: "m-key", workspaceId: "ws", displayName: "Mobile key", mode: .mobileKey, displayStatus: "issued",
                         createdAt: Self.now - 86_400, isIssued: true, issuedAt: Self.now - 86_000),
            AccessMethod(accessMethodId: "m-pin", workspaceId: "ws", displayName: "PIN code for Main Lobby", mode: .code,
                         displayStatus: "issued", createdAt: Self.now - 86_400, isIssued: true, issuedAt: Self.now - 86_000, code: Self.pin),
        ]
        let identity = UserIdentity(userIdentityId: "id-jane", workspaceId: "ws", createdAt: Self.now - 90 * 86_400, displayName: "Jane",
                                    fullName: "Jane Doe", emailAddress: "jane@example.com")
        let doors = Screen.entrances.filter { ["Main Lobby", "Unit 1204"].contains($0.displayName) }
        let content = DetailContent.accessGrant(Self.grants[0], identity: identity, methods: methods, entrances: doors)
        _ = state.reduce(.detailLoaded(content, generation: generation), now: Self.now)
        let text = Screen.render(state, columns: 100, rows: 30)
        #expect(!text.contains(Self.pin), "the PIN is masked until p")
        #expect(text.contains("Jane Doe"))
        assertSnapshot(text, suite: "Access", named: "grant-detail-100x30")
        Screen.press(&state, .character("p"))
        #expect(Screen.render(state, columns: 100, rows: 30).contains(Self.pin), "p shows it")
    }
}
