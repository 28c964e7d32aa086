/// The keys of the front-desk operations and of their dialogs. Every key that starts one is
/// `mutates: true`, so read-only mode hides them from the footer and help and refuses them in
/// one place (`KeyRegistry`).
public enum OperationKeymap {
    /// The confirm dialog: Cancel has the focus.
    public static let confirm = KeyScope("dialog.confirm", title: "Confirm dialog")
    /// The field where a credential's new end is typed.
    public static let endField = KeyScope("dialog.end", title: "New end date")
    /// Choosing one access method of a grant to remove.
    public static let chooseMethod = KeyScope("dialog.method", title: "Which access method")
    /// Looking up what a dialog must list.
    public static let preparing = KeyScope("dialog.preparing", title: "Preparing a dialog")

    static var bindings: [KeyBinding] {
        let credentials = ListPane.credentials.keyScope
        let users = ListPane.users.keyScope
        let access = ListPane.access.keyScope
        return [
            KeyBinding(.operation(.changeGrantEnd), keys: [.character("e")], description: "Change when the selected Access Grant ends",
                       footerLabel: "End", scope: access, mutates: true, commands: ["grant-end"]),
            KeyBinding(.operation(.addGrantPIN), keys: [.character("+")], description: "Add a PIN to the selected Access Grant",
                       footerLabel: "Add PIN", scope: access, mutates: true, commands: ["add-pin"]),
            KeyBinding(.operation(.removeAccessMethod), keys: [.character("m")],
                       description: "Remove one access method of the selected grant (a lost phone, a PIN no longer wanted)",
                       footerLabel: "Remove method", scope: access, mutates: true, footer: .minor, commands: ["remove-method"]),
            KeyBinding(.operation(.revokeGrant), keys: [.character("x")], description: "Revoke the selected Access Grant, every method behind it",
                       footerLabel: "Revoke", scope: access, mutates: true, commands: ["revoke-grant"]),
            KeyBinding(.dialog(.next), keys: [.down, .character("j")], description: "Next access method", footerLabel: "Down",
                       scope: chooseMethod, footer: .hidden),
            KeyBinding(.dialog(.previous), keys: [.up, .character("k")], description: "Previous access method", footerLabel: "Up",
                       scope: chooseMethod, footer: .hidden),
            KeyBinding(.dialog(.press), keys: [.enter], description: "Remove this one (asks first)", footerLabel: "Choose", scope: chooseMethod),
            KeyBinding(.dialog(.cancel), keys: [.escape], description: "Close without changing anything", footerLabel: "Cancel",
                       scope: chooseMethod),
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
        case .choosingMethod: [chooseMethod]
        case .confirming: [confirm]
        case .running: []
        }
    }
}
