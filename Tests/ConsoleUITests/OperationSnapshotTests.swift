import ConsoleCore
import ConsoleUI
import Foundation
import SeamAPI
import Testing

/// The operation dialogs at 80x24 over the loaded console of `ConsoleScreenSnapshotTests`.
@Suite struct OperationSnapshotTests {
    private typealias Screen = ConsoleScreenSnapshotTests

    private func state(_ keys: Key...) -> ConsoleState {
        var state = Screen.loadedState()
        for key in keys { _ = state.reduce(.input(.key(key), at: Screen.now)) }
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
        _ = state.reduce(.input(.key(.character("D")), at: Screen.now))
        _ = state.reduce(.operation(.prepared(.deleteUser(user, credentials: [
            CredentialTarget(id: "c1", name: "Jane Doe mobile key", method: "mobile key"),
            CredentialTarget(id: "c9", name: "Jane Doe PIN", method: "PIN"),
        ]))))
        let text = Screen.render(state)
        #expect(text.contains("Jane Doe PIN"))
        assertSnapshot(text, suite: "Operations", named: "delete-user-confirm")
    }
}
