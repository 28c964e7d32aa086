import ConsoleCore
import ConsoleUI
import Foundation
import KeydeskTestSupport
import SeamAPI
import Testing

/// The wizard through an Access Grant at 80x24: the access step with the PIN choice, the review
/// and the result naming the grant, its methods (never a PIN) and its entrances.
@Suite struct GrantWizardSnapshotTests {
    private typealias Wizard = WizardSnapshotTests
    private static let now = Wizard.now

    @Test func accessReviewAndResult() {
        var state = ConsoleScreenSnapshotTests.loadedState(issuePath: .accessGrants)
        Wizard.press(&state, .character("i"))
        Wizard.type(&state, "jane@example.com")
        Wizard.press(&state, .tab)
        Wizard.type(&state, "Jane Doe")
        Wizard.press(&state, .enter)
        Wizard.answer(&state, .identityResolved(serial: Self.now, Wizard.identity, created: true))
        Wizard.answer(&state, .entrancesLoaded(serial: Self.now, ConsoleScreenSnapshotTests.entrances.map(EntranceRow.init)))
        Wizard.press(&state, .character(" "), .down, .character(" "), .tab, .tab, .tab, .character(" "))
        assertSnapshot(ConsoleScreenSnapshotTests.render(state), suite: "Wizard", named: "grant-2-access")
        Wizard.press(&state, .enter)
        assertSnapshot(ConsoleScreenSnapshotTests.render(state), suite: "Wizard", named: "grant-3-review")
        Wizard.press(&state, .enter)
        let grant = AccessGrant(accessGrantId: "grant-9", workspaceId: "ws", userIdentityId: "ui1", displayName: "Access Grant",
                                displayStatus: "granted", createdAt: Self.now, startsAt: Self.now)
        let methods = [
            AccessMethod(accessMethodId: "am1", workspaceId: "ws", displayName: "Mobile key", mode: .mobileKey, displayStatus: "issued",
                         createdAt: Self.now, isIssued: true),
            AccessMethod(accessMethodId: "am2", workspaceId: "ws", displayName: "PIN code for Main Lobby", mode: .code, displayStatus: "issued",
                         createdAt: Self.now, isIssued: true, code: "7302915"),
            AccessMethod(accessMethodId: "am3", workspaceId: "ws", displayName: "PIN code for Unit 1204", mode: .code, displayStatus: "issued",
                         createdAt: Self.now, isIssued: true, code: "1184620"),
        ]
        Wizard.answer(&state, .grantCreated(serial: Self.now, grant))
        Wizard.answer(&state, .grantFollowed(serial: Self.now, grant, methods: methods, entrances: ["Main Lobby", "Unit 1204"], timedOut: false))
        let result = ConsoleScreenSnapshotTests.render(state)
        #expect(!result.contains("7302915") && !result.contains("1184620"), "no PIN on the result screen")
        #expect(result.contains("Step 4/4 · result · through an Access Grant"))
        assertSnapshot(result, suite: "Wizard", named: "grant-4-result")
    }
}
