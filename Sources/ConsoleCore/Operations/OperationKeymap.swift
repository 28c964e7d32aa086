/// The keys of the front-desk operations. Every one is `mutates: true`, so read-only mode
/// hides them from the footer and help and refuses them in one place (`KeyRegistry`).
public enum OperationKeymap {
    public static let revokeCredential: ActionID = "revoke-credential"
    public static let changeCredentialEnd: ActionID = "change-credential-end"
    public static let toggleSuspend: ActionID = "toggle-suspend"
    public static let unlinkUser: ActionID = "unlink-user"
    public static let deleteUser: ActionID = "delete-user"
    public static let auditLog: ActionID = "audit-log"

    /// The bindings, scoped to the pane they act in.
    public static var bindings: [KeyBinding] {
        let credentials = ListPane.credentials.keyScope
        let users = ListPane.users.keyScope
        return [
            KeyBinding(action: auditLog, keys: [.character("A")], description: "Show the audit log (who changed what)",
                       footerLabel: "Audit", scope: ConsoleKeymap.browse, showInFooter: false, commands: ["audit"]),
            KeyBinding(action: revokeCredential, keys: [.character("x")], description: "Revoke the selected credential",
                       footerLabel: "Revoke", scope: credentials, mutates: true, commands: ["revoke"]),
            KeyBinding(action: changeCredentialEnd, keys: [.character("e")], description: "Change when the selected credential ends",
                       footerLabel: "End", scope: credentials, mutates: true, commands: ["end"]),
            KeyBinding(action: toggleSuspend, keys: [.character("u")], description: "Suspend or unsuspend the selected user",
                       footerLabel: "Suspend", scope: users, mutates: true, commands: ["suspend"]),
            KeyBinding(action: unlinkUser, keys: [.character("U")], description: "Unlink the selected user from their user identity",
                       footerLabel: "Unlink", scope: users, mutates: true, showInFooter: false, commands: ["unlink"]),
            KeyBinding(action: deleteUser, keys: [.character("D")], description: "Delete the selected user and their credentials",
                       footerLabel: "Delete", scope: users, mutates: true, showInFooter: false, commands: ["delete"]),
        ]
    }
}
