public import ConsoleCore

/// Scopes of the sample registry.
public enum SampleScopes {
    public static let users = KeyScope("users", title: "Users pane")
    public static let lists = KeyScope("lists", title: "Lists")
    public static let help = KeyScope("help", title: "Help")
}

/// A registry shaped like the console's: keys of the lists, a users pane, one mutating command,
/// and commands reachable only by `:`.
public func sampleRegistry(readOnly: Bool = false) -> KeyRegistry {
    let lists = SampleScopes.lists
    let users = SampleScopes.users
    return KeyRegistry([
        KeyBinding(.app(.quit), keys: [.character("q")], description: "Quit keydesk", footerLabel: "Quit", scope: lists, commands: ["q", "quit"]),
        KeyBinding(.app(.help), keys: [.character("?")], description: "Show this help", footerLabel: "Help", scope: lists, footer: .primary),
        KeyBinding(.app(.commandBar), keys: [.character(":")], description: "Type a command", footerLabel: "Cmd", scope: lists, footer: .hidden),
        KeyBinding(.browse(.refresh), keys: [.character("r"), .control("r")], description: "Refresh the list", footerLabel: "Refresh",
                   scope: lists, footer: .minor),
        KeyBinding(.app(.redraw), keys: [.control("l")], description: "Redraw the screen", footerLabel: "Redraw", scope: .anywhere, footer: .hidden),
        KeyBinding(.browse(.focus(.users)), keys: [], description: "Show users", footerLabel: "Users", scope: lists, commands: ["users", "u"]),
        KeyBinding(.browse(.focus(.credentials)), keys: [], description: "Show credentials", footerLabel: "Creds", scope: lists,
                   commands: ["credentials", "creds"]),
        KeyBinding(.browse(.open), keys: [.enter], description: "Open the selected user", footerLabel: "Open", scope: users),
        KeyBinding(.browse(.filter), keys: [.character("/")], description: "Filter the list", footerLabel: "Filter", scope: users),
        KeyBinding(.browse(.issueKey), keys: [.character("i")], description: "Issue a mobile key to the selected user",
                   footerLabel: "Issue", scope: users, mutates: true, footer: .primary, commands: ["issue"]),
    ], readOnly: readOnly)
}
