/// The keys of the problems view.
public enum ProblemsKeymap {
    public static let scope = KeyScope("problems", title: "Problems")
    /// Only while a problem is listed (an empty view has nothing to open or move through).
    public static let listed = KeyScope("problems.listed", title: "Problems, with one selected")

    static var bindings: [KeyBinding] {
        [
            KeyBinding(.browse(.problems), keys: [.character("!")], description: "Show every problem of what is loaded, most serious first",
                       footerLabel: "Problems", scope: BrowseKeymap.lists, footer: .minor, commands: ["problems"]),
            KeyBinding(.problems(.open), keys: [.enter], description: "Open the resource with the problem", footerLabel: "Open", scope: listed),
            KeyBinding(.problems(.down), keys: [.down, .character("j")], description: "Next problem", footerLabel: "Down", scope: listed, footer: .hidden),
            KeyBinding(.problems(.up), keys: [.up, .character("k")], description: "Previous problem", footerLabel: "Up", scope: listed, footer: .hidden),
            KeyBinding(.problems(.close), keys: [.escape, .character("q")], description: "Close the problems view", footerLabel: "Close", scope: scope),
        ]
    }

    static func scopes(for state: ProblemsState) -> [KeyScope] {
        state.entries.isEmpty ? [scope] : [listed, scope]
    }
}

/// What a key does in the problems view.
public enum ProblemsCommand: Hashable, Sendable {
    case open, up, down, close
}
