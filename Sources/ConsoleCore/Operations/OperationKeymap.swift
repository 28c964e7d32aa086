/// The keys of the front-desk operations and of their dialogs. Every key that starts one is
/// `mutates: true`, so read-only mode hides them from the footer and help and refuses them in
/// one place (`KeyRegistry`).
public enum OperationKeymap {
    /// The confirm dialog: Cancel has the focus.
    public static let confirm = KeyScope("dialog.confirm", title: "Confirm dialog")
    /// The field where a credential's new end is typed.
    public static let endField = KeyScope("dialog.end", title: "New end date")
    /// Looking up what a dialog must list.
    public static let preparing = KeyScope("dialog.preparing", title: "Preparing a dialog")

    static var bindings: [KeyBinding] {
        let credentials = ListPane.credentials.keyScope
        let users = ListPane.users.keyScope
        return [
            KeyBinding(.operation(.revokeCredential), keys: [.character("x")], description: "Revoke the selected credential",
                       footerLabel: "Revoke", scope: credentials, mutates: true, commands: ["revoke"]),
            KeyBinding(.operation(.changeCredentialEnd), keys: [.character("e")], description: "Change when the selected credential ends",
                       footerLabel: "End", scope: credentials, mutates: true, commands: ["end"]),
            KeyBinding(.operation(.toggleSuspend), keys: [.character("u")], description: "Suspend or unsuspend the selected user",
                       footerLabel: "Suspend", scope: users, mutates: true, commands: ["suspend"]),
            KeyBinding(.operation(.unlinkUser), keys: [.character("U")], description: "Unlink the selected user from their user identity",
                       footerLabel: "Unlink", scope: users, mutates: true, footer: .minor, commands: ["unlink"]),
            KeyBinding(.operation(.deleteUser), keys: [.character("D")], description: "Delete the selected user and their credentials",
                       footerLabel: "Delete", scope: users, mutates: true, footer: .minor, commands: ["delete"]),
            KeyBinding(.dialog(.switchButton), keys: [.tab, .backTab, .left, .right, .character("h"), .character("l")],
                       description: "Move between Cancel and the action", footerLabel: "Switch", scope: confirm),
            KeyBinding(.dialog(.press), keys: [.enter], description: "Press the focused button", footerLabel: "Press", scope: confirm),
            KeyBinding(.dialog(.cancel), keys: [.escape, .character("n")], description: "Close without changing anything",
                       footerLabel: "Cancel", scope: confirm),
            KeyBinding(.dialog(.press), keys: [.enter], description: "Review the change", footerLabel: "Review", scope: endField),
            KeyBinding(.dialog(.cancel), keys: [.escape], description: "Close without changing anything", footerLabel: "Cancel", scope: endField),
            KeyBinding(.dialog(.cancel), keys: [.escape], description: "Stop preparing the dialog", footerLabel: "Cancel", scope: preparing),
        ]
    }

    /// The dialog's scopes for where the operation stands; none while the change runs (it
    /// cannot be taken back).
    static func scopes(for flow: OperationFlow) -> [KeyScope] {
        switch flow {
        case .preparing: [preparing]
        case .editingEnd: [endField]
        case .confirming: [confirm]
        case .running: []
        }
    }
}
