import ConsoleCore
import ConsoleUI
import Foundation
import SeamAPI
import KeydeskTestSupport
import Testing

/// Every step of the mobile-key wizard drawn at 80x24, compared with stored snapshots.
@Suite struct WizardSnapshotTests {
    typealias Base = ConsoleScreenSnapshotTests
    static let now = Base.now

    static func press(_ state: inout ConsoleState, _ keys: Key...) {
        for key in keys { _ = state.reduce(.input(.key(key)), now: now) }
    }

    static func type(_ state: inout ConsoleState, _ text: String) {
        for character in text { _ = state.reduce(.input(.key(.character(character))), now: now) }
    }

    static func answer(_ state: inout ConsoleState, _ action: WizardAction) { _ = state.reduce(.wizard(action), now: now) }

    static let identity = UserIdentity(userIdentityId: "ui1", workspaceId: "ws", createdAt: now, displayName: "Jane Doe",
                                       fullName: "Jane Doe", emailAddress: "jane@example.com")
    static let managerA = AcsSystem(acsSystemId: "m1", name: "Harbor View Mobile Access", createdAt: now, workspaceId: "ws", isCredentialManager: true)
    static let managerB = AcsSystem(acsSystemId: "m2", name: "Harbor View Staff Access", createdAt: now, workspaceId: "ws", isCredentialManager: true)

    /// The wizard open in Harbor View Tower with Jane typed in.
    static func residentTyped() -> ConsoleState {
        var state = Base.loadedState()
        press(&state, .character("i"))
        type(&state, "jane@example.com")
        press(&state, .tab)
        type(&state, "Jane Doe")
        return state
    }

    static func atKeyStep() -> ConsoleState {
        var state = residentTyped()
        press(&state, .enter)
        answer(&state, .identityResolved(serial: now, identity, created: true))
        answer(&state, .managersLoaded(serial: now, [managerA]))
        answer(&state, .enrollmentReady(serial: now, id: "ea1", launched: true))
        answer(&state, .acsUserReady(serial: now, id: "u9", .created))
        answer(&state, .entrancesLoaded(serial: now, Base.entrances.map(EntranceRow.init)))
        press(&state, .character(" "))
        return state
    }

    static func check(_ state: ConsoleState, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(state.wizard != nil, sourceLocation: sourceLocation)
        assertSnapshot(Base.render(state), suite: "Wizard", named: name, sourceLocation: sourceLocation)
    }

    @Test func theHardwareCursorSitsWhereTheFocusedFieldIsEdited() throws {
        var state = Self.residentTyped()
        Self.press(&state, .left, .left, .left) // "Jane |Doe"
        var grid = CellGrid(columns: 80, rows: 24)
        let cursor = try #require(ConsoleScreen(state: state, now: Self.now, localTimeZone: Base.utc).render(into: &grid))
        let lines = grid.plainText.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let row = try #require(lines.firstIndex { $0.contains("Full name") })
        let bracket = try #require(lines[row].firstIndex(of: "["))
        #expect(cursor.row == row)
        #expect(cursor.column == lines[row].distance(from: lines[row].startIndex, to: bracket) + 1 + "Jane ".count)
        #expect(cursor.visible)
    }

    @Test func chooseBuilding() {
        var state = Base.loadedState()
        _ = state.reduce(.input(.key(.character("a"))), now: Self.now)
        Self.press(&state, .character("i"))
        Self.check(state, "0-building")
    }

    @Test func resident() {
        var state = Self.residentTyped()
        Self.press(&state, .tab)
        Self.type(&state, "555")
        Self.check(state, "1-resident-invalid-phone")
    }

    @Test func residentMatches() {
        var state = Base.loadedState()
        Self.press(&state, .character("i"))
        Self.type(&state, "Jane")
        Self.press(&state, .enter)
        Self.answer(&state, .identitiesFound(serial: Self.now, [Self.identity], search: "Jane"))
        Self.check(state, "1-resident-matches")
    }

    @Test func managers() {
        var several = Self.residentTyped()
        Self.press(&several, .enter)
        Self.answer(&several, .identityResolved(serial: Self.now, Self.identity, created: true))
        var none = several
        Self.answer(&several, .managersLoaded(serial: Self.now, [Self.managerA, Self.managerB]))
        Self.check(several, "2-manager-several")
        Self.answer(&none, .managersLoaded(serial: Self.now, []))
        Self.check(none, "2-no-manager-current-flow")
    }

    @Test func enrollmentFailed() {
        var state = Self.residentTyped()
        Self.press(&state, .enter)
        Self.answer(&state, .identityResolved(serial: Self.now, Self.identity, created: true))
        Self.answer(&state, .managersLoaded(serial: Self.now, [Self.managerA]))
        Self.answer(&state, .failed(serial: Self.now, WizardFailure(message: "Service unavailable (503).")))
        Self.check(state, "3-enrollment-failed")
    }

    @Test func acsUserBusy() {
        var state = Self.residentTyped()
        Self.press(&state, .enter)
        Self.answer(&state, .identityResolved(serial: Self.now, Self.identity, created: true))
        Self.answer(&state, .managersLoaded(serial: Self.now, [Self.managerA]))
        Self.answer(&state, .enrollmentReady(serial: Self.now, id: "ea1", launched: true))
        Self.check(state, "4-acs-user-busy")
    }

    @Test func keyStepReviewResultLeaving() {
        var state = Self.atKeyStep()
        Self.check(state, "5-key")
        var leaving = state
        var filtering = state
        Self.press(&filtering, .character("/"))
        Self.type(&filtering, "unit 12")
        Self.check(filtering, "5-key-filter-with-spaces")
        Self.press(&state, .tab, .tab, .down, .down, .down, .enter)
        Self.check(state, "6-review")
        Self.press(&state, .enter)
        let key = AcsCredential(acsCredentialId: "c9", acsSystemId: "sys-a", workspaceId: "ws", createdAt: Self.now, displayName: "Mobile key",
                                accessMethod: .mobileKey, acsUserId: "u9", isIssued: true, isMultiPhoneSyncCredential: true)
        Self.answer(&state, .keyCreated(serial: Self.now, key))
        Self.answer(&state, .keyFollowed(serial: Self.now, key, entrances: ["Main Lobby"], timedOut: false))
        Self.check(state, "7-result-issued")
        Self.press(&leaving, .escape)
        Self.check(leaving, "leave-keep-or-remove")
    }
}
