/// The keys of the `:` prompt; every other key edits the command.
public enum CommandBarKeymap {
    public static let scope = KeyScope("command", title: "Command")

    static var bindings: [KeyBinding] {
        [
            KeyBinding(.prompt(.accept), keys: [.enter], description: "Run the command", footerLabel: "Run", scope: scope),
            KeyBinding(.prompt(.complete), keys: [.tab], description: "Complete the command's name", footerLabel: "Complete", scope: scope),
            KeyBinding(.prompt(.cancel), keys: [.escape], description: "Close the prompt", footerLabel: "Cancel", scope: scope),
        ]
    }
}
