import ConsoleCore
import ConsoleUI
import Foundation
import SeamAPI
import KeydeskTestSupport
import Testing

/// Screens of the console rendered for fixed states at 80x24 (and one wide layout), compared
/// with stored snapshots. The data is fixed so the snapshots read like a front desk's day.
@Suite struct ConsoleScreenSnapshotTests {
    static let now = Date(timeIntervalSince1970: 1_796_000_000) // 2026-11-29 (UTC)
    static let utc = TimeZone(identifier: "UTC")!

    // MARK: Fixtures

    static let towerA = AcsSystem(
        acsSystemId: "sys-a", name: "Harbor View Tower", createdAt: now, workspaceId: "ws",
        externalType: "latch_building", externalTypeDisplayName: "Latch building",
        location: .init(timeZone: "America/New_York"), acsUserCount: 42)
    static let towerB = AcsSystem(
        acsSystemId: "sys-b", name: "Parc Lumière", createdAt: now, workspaceId: "ws",
        externalType: "latch_building", externalTypeDisplayName: "Latch building",
        location: .init(timeZone: "Europe/Paris"), acsUserCount: 18)
    static let manager = AcsSystem(
        acsSystemId: "sys-m", name: "Latch credential manager", createdAt: now, workspaceId: "ws",
        externalType: "latch_credential_manager", isCredentialManager: true)

    static let users: [AcsUser] = [
        AcsUser(acsUserId: "u1", acsSystemId: "sys-a", workspaceId: "ws", createdAt: now, displayName: "Jane Doe",
                fullName: "Jane Doe", emailAddress: "jane@example.com", phoneNumber: "+15555550100"),
        AcsUser(acsUserId: "u2", acsSystemId: "sys-a", workspaceId: "ws", createdAt: now, displayName: "山田太郎",
                fullName: "山田太郎", emailAddress: "taro@example.jp", isSuspended: true),
        AcsUser(acsUserId: "u3", acsSystemId: "sys-a", workspaceId: "ws", createdAt: now, displayName: "SAFE\rEVIL",
                fullName: "SAFE\rEVIL\u{202E}gnp.exe", emailAddress: "\u{1B}[31mred@example.com"),
        AcsUser(acsUserId: "u4", acsSystemId: "sys-a", workspaceId: "ws", createdAt: now, displayName: "Zoë Ñúñez",
                fullName: "Zoë Ñúñez", emailAddress: "zoe@example.com",
                warnings: [ResourceWarning(warningCode: "latch_resident_user", message: "This user is a Latch resident; manage them in Latch.")]),
    ]

    static let entrances: [AcsEntrance] = [
        AcsEntrance(acsEntranceId: "e1", acsSystemId: "sys-a", createdAt: now, displayName: "Main Lobby",
                    latchMetadata: LatchMetadata(accessibilityType: "common_area", doorName: "Main Lobby", doorType: "building_entrance", isConnected: true)),
        AcsEntrance(acsEntranceId: "e2", acsSystemId: "sys-a", createdAt: now, displayName: "Unit 1204",
                    latchMetadata: LatchMetadata(accessibilityType: "private", doorName: "Unit 1204", doorType: "unit_door", isConnected: false)),
    ]

    static let credential = AcsCredential(
        acsCredentialId: "c1", acsSystemId: "sys-a", workspaceId: "ws", createdAt: now, displayName: "Jane Doe mobile key",
        accessMethod: .mobileKey, acsUserId: "u1", code: "4821937", startsAt: now - 86_400, endsAt: now + 30 * 86_400,
        isIssued: true, issuedAt: now - 86_000, isMultiPhoneSyncCredential: true)
    static let pending = AcsCredential(
        acsCredentialId: "c2", acsSystemId: "sys-a", workspaceId: "ws", createdAt: now, displayName: "Taro PIN",
        accessMethod: .code, acsUserId: "u2", code: "1234567", startsAt: now, endsAt: now + 7 * 86_400, isIssued: false)
    static let expired = AcsCredential(
        acsCredentialId: "c3", acsSystemId: "sys-a", workspaceId: "ws", createdAt: now, displayName: "Old key",
        accessMethod: .mobileKey, acsUserId: "u4", startsAt: now - 90 * 86_400, endsAt: now - 86_400, isIssued: true)

    /// A console that has loaded every pane and chosen Harbor View Tower.
    static func loadedState(columns: Int = 80, rows: Int = 24, readOnly: Bool = false, issuePath: IssuePath = .acsCredentials) -> ConsoleState {
        var state = ConsoleState(connection: ConnectionInfo(label: "SANDBOX", isSandbox: true, readOnly: readOnly, issuePath: issuePath))
        _ = state.reduce(.input(.resize(columns: columns, rows: rows)), now: now)
        _ = state.reduce(.start, now: now)
        state.workspaceName = "Sandbox workspace"
        func deliver(_ page: PanePage) {
            let request = PageRequest(pane: page.pane, systemID: state.scope?.systemID, search: nil, cursor: nil,
                                      generation: state.list(page.pane).generation, zones: state.zones)
            _ = state.reduce(.pageLoaded(page, request: request, nextCursor: nil), now: now)
        }
        deliver(.systems([towerA, towerB, manager].map(SystemRow.init)))
        _ = state.reduce(.input(.key(.enter)), now: now) // choose Harbor View Tower
        _ = state.reduce(.input(.key(.escape)), now: now)
        deliver(.users(users.map(UserRow.init)))
        deliver(.entrances(entrances.map(EntranceRow.init)))
        deliver(.credentials([credential, pending, expired].map { CredentialRow($0, time: state.zones[$0.acsSystemId], now: now) }))
        state.flash = nil
        return state
    }

    static func render(_ state: ConsoleState, columns: Int = 80, rows: Int = 24) -> String {
        var grid = CellGrid(columns: columns, rows: rows)
        ConsoleScreen(state: state, now: now, localTimeZone: utc).render(into: &grid)
        return grid.plainText
    }

    static func press(_ state: inout ConsoleState, _ keys: Key...) {
        press(&state, keys)
    }

    static func press(_ state: inout ConsoleState, _ keys: [Key]) {
        for key in keys { _ = state.reduce(.input(.key(key)), now: now) }
    }

    // MARK: Panes

    @Test func systemsPane() {
        var state = Self.loadedState()
        Self.press(&state, .character("1"))
        assertSnapshot(Self.render(state), suite: "ConsoleScreen", named: "systems")
    }

    @Test func usersPaneWithHostileAndWideNames() {
        var state = Self.loadedState()
        Self.press(&state, .character("2"))
        assertSnapshot(Self.render(state), suite: "ConsoleScreen", named: "users")
    }

    @Test func entrancesPane() {
        var state = Self.loadedState()
        Self.press(&state, .character("3"))
        assertSnapshot(Self.render(state), suite: "ConsoleScreen", named: "entrances")
    }

    @Test func credentialsPaneSortedByEnd() {
        var state = Self.loadedState()
        Self.press(&state, .character("4"), .character("s"), .character("s"), .character("s"))
        assertSnapshot(Self.render(state), suite: "ConsoleScreen", named: "credentials-sorted")
    }

    @Test func filterWithNoMatch() {
        var state = Self.loadedState()
        Self.press(&state, .character("2"), .character("/"), .character("q"), .character("x"))
        assertSnapshot(Self.render(state), suite: "ConsoleScreen", named: "users-filter-no-match")
    }

    // MARK: Details

    private func detail(_ pane: Key, _ content: DetailContent, reveal: Bool = false, columns: Int = 80) -> String {
        var state = Self.loadedState(columns: columns)
        Self.press(&state, pane, .enter)
        guard let generation = state.detail?.generation else { return "no detail opened" }
        _ = state.reduce(.detailLoaded(content, generation: generation), now: Self.now)
        if reveal { Self.press(&state, .character("p")) }
        return Self.render(state, columns: columns)
    }

    @Test func systemDetail() {
        assertSnapshot(detail(.character("1"), .system(Self.towerA, credentialManagers: [Self.manager], entranceCount: 14, userCountLoaded: nil)),
                       suite: "ConsoleScreen", named: "detail-system")
    }

    @Test func userDetail() {
        assertSnapshot(detail(.character("2"), .user(Self.users[0], identity: nil, credentials: [Self.credential, Self.expired])),
                       suite: "ConsoleScreen", named: "detail-user")
    }

    @Test func entranceDetailWhoCanOpenIt() {
        assertSnapshot(detail(.character("3"), .entrance(Self.entrances[0], credentials: [Self.credential, Self.pending, Self.expired],
                                                         owners: ["u1": "Jane Doe", "u2": "山田太郎"])),
                       suite: "ConsoleScreen", named: "detail-entrance")
    }

    @Test func credentialDetailMasksThePIN() {
        let text = detail(.character("4"), .credential(Self.credential, owner: Self.users[0], entrances: Self.entrances))
        #expect(!text.contains("4821937"))
        assertSnapshot(text, suite: "ConsoleScreen", named: "detail-credential")
    }

    @Test func credentialDetailRevealsThePINWhenAsked() {
        let text = detail(.character("4"), .credential(Self.credential, owner: Self.users[0], entrances: Self.entrances), reveal: true)
        #expect(text.contains("4821937"))
    }

    @Test func detailBesideTheListOnAWideTerminal() {
        assertSnapshot(detail(.character("4"), .credential(Self.credential, owner: Self.users[0], entrances: Self.entrances), columns: 120),
                       suite: "ConsoleScreen", named: "detail-wide")
    }

    // MARK: Overlays and problems

    @Test func helpOverlay() {
        var state = Self.loadedState()
        Self.press(&state, .character("?"))
        assertSnapshot(Self.render(state), suite: "ConsoleScreen", named: "help")
    }

    @Test func helpOverlayScrollsToTheGlobalKeys() {
        var state = Self.loadedState()
        Self.press(&state, .character("?"), .pageDown)
        let text = Self.render(state)
        #expect(text.contains("Quit keydesk"))
        Self.press(&state, .escape)
        #expect(state.modals.top == nil)
    }

    @Test func apiProblemBannerAndReadOnly() {
        var state = Self.loadedState(readOnly: true)
        state.banner = "The Seam API at 127.0.0.1 did not answer within 30 s. Showing the last data; retrying in 4 s."
        assertSnapshot(Self.render(state), suite: "ConsoleScreen", named: "banner-read-only")
    }

    @Test func tooSmallATerminal() {
        let state = Self.loadedState()
        assertSnapshot(Self.render(state, columns: 60, rows: 15), suite: "ConsoleScreen", named: "too-small")
    }
}
