/// A change the console refused before any call because it is read-only: which command was
/// asked for and on what. The effect runner writes it to the audit log as a `refused` attempt,
/// so a read-only member of staff who tries a changing key leaves a trace, not only a flash.
public struct RefusedChange: Sendable, Equatable {
    /// "console.revoke": the registry's command name, for every changing key and `:` command.
    public let action: String
    /// The row selected in the pane the key was pressed on, if any.
    public let resourceIDs: [String]
    public let reason: String

    public init(action: String, resourceIDs: [String], reason: String) {
        self.action = action
        self.resourceIDs = resourceIDs
        self.reason = reason
    }
}

extension ConsoleState {
    /// The effect that records a read-only refusal of `command` on the selected row.
    func readOnlyRefusal(of command: String) -> ConsoleEffect {
        let selected = list(pane).selectedID
        let refused = RefusedChange(action: "console." + command, resourceIDs: selected.map { [$0] } ?? [],
                                    reason: "this console is read-only")
        return .call(.recordRefusal(refused))
    }
}
