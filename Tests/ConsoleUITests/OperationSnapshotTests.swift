import ConsoleCore
import ConsoleUI
import Foundation
import SeamAPI
import KeydeskTestSupport
import Testing

/// The operation dialogs at 80x24 over the loaded console of `ConsoleScreenSnapshotTests`.
@Suite struct OperationSnapshotTests {
    private typealias Screen = ConsoleScreenSnapshotTests

    private func state(_ keys: Key...) -> ConsoleState {
        var state = Screen.loadedState()
        for key in keys { _ = state.reduce(.input(.key(key)), now: Screen.now) }
        return state
    }

    @Test func revokeConfirmFocusedOnCancel() {
        let state = state(.character("4"), .character("x"))
        let text = Screen.render(state)
        #expect(text.contains("[> Cancel <]"))
        assertSnapshot(text, suite: "Operations", named: "revoke-confirm")
    }

    @Test func suspendConfirmWithConfirmFocused() {
        let state = state(.character("2"), .character("u"), .tab)
        let text = Screen.render(state)
        #expect(text.contains("[> Suspend <]"))
        assertSnapshot(text, suite: "Operations", named: "suspend-confirm-focused")
    }

    @Test func changeEndFieldWithAnError() {
        let state = state(.character("4"), .character("e"), .control("u"),
                          .character("2"), .character("0"), .character("2"), .character("0"), .enter)
        let text = Screen.render(state)
        #expect(text.contains("Error:"))
        assertSnapshot(text, suite: "Operations", named: "change-end-error")
    }

    @Test func deleteUserConfirmListsCredentials() {
        var state = state(.character("2"))
        let user = UserTarget(state.users.selectedRow!)
        _ = state.reduce(.input(.key(.character("D"))), now: Screen.now)
        _ = state.reduce(.operation(.prepared(.deleteUser(user, credentials: [
            CredentialTarget(id: "c1", name: "Jane Doe mobile key", method: "mobile key"),
            CredentialTarget(id: "c9", name: "Jane Doe PIN", method: "PIN"),
        ]))), now: Screen.now)
        let text = Screen.render(state)
        #expect(text.contains("Jane Doe PIN"))
        assertSnapshot(text, suite: "Operations", named: "delete-user-confirm")
    }
}

/// The `:audit` pane at 80x24 with a succeeded and a failed entry.
@Suite struct AuditPaneSnapshotTests {
    private typealias Screen = ConsoleScreenSnapshotTests

    @Test func auditPaneWithAFailedEntry() {
        var state = Screen.loadedState()
        _ = state.reduce(.input(.key(.character("A"))), now: Screen.now)
        let generation = 1
        let records = [
            AuditRecord(id: 2, entry: AuditEntry(time: Screen.now, host: "desk", osUser: "jane", sshClientAddress: "10.0.0.7", profile: nil,
                                                 endpoint: "http://127.0.0.1", kind: .record, action: "credential.revoke", resourceIDs: ["c1"],
                                                 outcome: .failed, errorMessage: "Service unavailable.", seamRequestID: "request_1")),
            AuditRecord(id: 1, entry: AuditEntry(time: Screen.now - 3600, host: "desk", osUser: "jane", sshClientAddress: nil, profile: nil,
                                                 endpoint: "http://127.0.0.1", kind: .record, action: "acs_user.suspend", resourceIDs: ["u1"],
                                                 outcome: .succeeded)),
        ]
        _ = state.reduce(.auditLoaded(.loaded(records), generation: generation), now: Screen.now)
        let text = Screen.render(state)
        #expect(text.contains("FAILED"))
        assertSnapshot(text, suite: "Operations", named: "audit-pane")
    }
}
