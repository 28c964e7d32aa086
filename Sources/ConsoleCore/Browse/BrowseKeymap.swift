/// The keys of the four lists: moving, opening, filtering, switching panes, and starting the
/// wizard and the audit pane. Operations on the selected row live in `OperationKeymap`.
public enum BrowseKeymap {
    /// Keys of every list.
    public static let lists = KeyScope("lists", title: "Lists")
    /// Keys that only work on a selected row (an empty list has nothing to open).
    public static let selection = KeyScope("lists.selection", title: "Lists, on the selected row")
    /// Keys that only work while the console is scoped to one building.
    public static let scoped = KeyScope("lists.scoped", title: "Lists, in one building")

    static var bindings: [KeyBinding] {
        [
            KeyBinding(.browse(.issueKey), keys: [.character("i")], description: "Issue a resident's mobile key (the wizard)",
                       footerLabel: "Issue key", scope: lists, mutates: true, footer: .primary, commands: ["issue"]),
            KeyBinding(.browse(.open), keys: [.enter], description: "Open the details of the selected item (on a system: work in that building)",
                       footerLabel: "Open", scope: selection),
            KeyBinding(.browse(.filter), keys: [.character("/")], description: "Filter the list as you type", footerLabel: "Filter", scope: lists),
            KeyBinding(.browse(.nextPane), keys: [.tab], description: "Next pane", footerLabel: "Pane", scope: lists, footer: .minor),
            KeyBinding(.browse(.previousPane), keys: [.backTab], description: "Previous pane", footerLabel: "Prev pane", scope: lists, footer: .hidden),
            KeyBinding(.browse(.focus(.systems)), keys: [.character("1")], description: "Systems pane", footerLabel: "Systems",
                       scope: lists, footer: .hidden, commands: ["systems", "sys"]),
            KeyBinding(.browse(.focus(.users)), keys: [.character("2")], description: "Users pane", footerLabel: "Users",
                       scope: lists, footer: .hidden, commands: ["users", "u"]),
            KeyBinding(.browse(.focus(.entrances)), keys: [.character("3")], description: "Entrances pane", footerLabel: "Entrances",
                       scope: lists, footer: .hidden, commands: ["entrances", "doors"]),
            KeyBinding(.browse(.focus(.credentials)), keys: [.character("4")], description: "Credentials pane", footerLabel: "Credentials",
                       scope: lists, footer: .hidden, commands: ["credentials", "creds", "keys"]),
            KeyBinding(.browse(.focus(.access)), keys: [.character("5")], description: "Access pane: Access Grants (who, which doors, when, how)",
                       footerLabel: "Access", scope: lists, footer: .hidden, commands: ["access", "grants"]),
            KeyBinding(.browse(.refresh), keys: [.character("r")], description: "Refresh the list (the selection stays)", footerLabel: "Refresh",
                       scope: lists, footer: .minor, commands: ["refresh"]),
            KeyBinding(.list(.sort), keys: [.character("s")], description: "Sort by the next column", footerLabel: "Sort", scope: lists, footer: .minor),
            KeyBinding(.list(.reverseSort), keys: [.character("S")], description: "Reverse the sort", footerLabel: "Reverse", scope: lists, footer: .hidden),
            KeyBinding(.browse(.auditLog), keys: [.character("A")], description: "Show the audit log (who changed what)", footerLabel: "Audit",
                       scope: lists, footer: .hidden, commands: ["audit"]),
            KeyBinding(.list(.up), keys: [.up, .character("k")], description: "Move up", footerLabel: "Up", scope: lists, footer: .hidden),
            KeyBinding(.list(.down), keys: [.down, .character("j")], description: "Move down", footerLabel: "Down", scope: lists, footer: .hidden),
            KeyBinding(.list(.pageUp), keys: [.pageUp, .control("b")], description: "Page up", footerLabel: "PgUp", scope: lists, footer: .hidden),
            KeyBinding(.list(.pageDown), keys: [.pageDown, .control("f")], description: "Page down", footerLabel: "PgDn", scope: lists, footer: .hidden),
            KeyBinding(.list(.top), keys: [.home], description: "First row", footerLabel: "Top", scope: lists, footer: .hidden),
            KeyBinding(.list(.bottom), keys: [.end, .character("G")], description: "Last row (loads every page)", footerLabel: "Bottom",
                       scope: lists, footer: .hidden),
            KeyBinding(.app(.help), keys: [.character("?")], description: "Show every key", footerLabel: "Help", scope: lists,
                       footer: .primary, commands: ["help"]),
            KeyBinding(.app(.commandBar), keys: [.character(":")], description: "Type a command (:users, :audit, :q)", footerLabel: "Cmd",
                       scope: lists, footer: .hidden),
            KeyBinding(.app(.quit), keys: [.character("q")], description: "Quit keydesk", footerLabel: "Quit", scope: lists,
                       footer: .minor, commands: ["q", "quit"]),
            KeyBinding(.browse(.allBuildings), keys: [.character("a")], description: "Show every building again (leave the chosen building)",
                       footerLabel: "All buildings", scope: scoped, footer: .minor, commands: ["all"]),
        ]
    }
}
