/// The console's key bindings, in the habits of k9s, lazygit and htop (DESIGN.md §6). This is
/// the one table the footer, the `?` overlay, the `:` bar and dispatch all read.
public enum ConsoleKeymap {
    public static let quit: ActionID = "quit"
    public static let help: ActionID = "help"
    public static let command: ActionID = "command"
    public static let filter: ActionID = "filter"
    public static let refresh: ActionID = "refresh"
    public static let redraw: ActionID = "redraw"
    public static let nextPane: ActionID = "next-pane"
    public static let previousPane: ActionID = "previous-pane"
    public static let up: ActionID = "up"
    public static let down: ActionID = "down"
    public static let pageUp: ActionID = "page-up"
    public static let pageDown: ActionID = "page-down"
    public static let top: ActionID = "top"
    public static let bottom: ActionID = "bottom"
    public static let open: ActionID = "open"
    public static let back: ActionID = "back"
    public static let sort: ActionID = "sort"
    public static let reverseSort: ActionID = "reverse-sort"
    public static let revealPIN: ActionID = "reveal-pin"
    public static let allBuildings: ActionID = "all-buildings"
    public static let issueKey: ActionID = "issue-key"

    /// The action that focuses a pane.
    public static func focus(_ pane: ListPane) -> ActionID { ActionID("focus-\(pane)") }

    /// Scope of bindings that apply while browsing lists.
    public static let browse: KeyScope = "browse"
    /// Scope of bindings that apply while the detail pane is open.
    public static let detail: KeyScope = "detail"

    /// The default registry.
    public static func standard(readOnly: Bool = false) -> KeyRegistry {
        var registry = KeyRegistry(readOnly: readOnly)
        let global: [KeyBinding] = [
            KeyBinding(action: help, keys: [.character("?")], description: "Show every key", footerLabel: "Help", commands: ["help"]),
            KeyBinding(action: quit, keys: [.character("q")], description: "Quit keydesk", footerLabel: "Quit", commands: ["q", "quit"]),
            KeyBinding(action: command, keys: [.character(":")], description: "Type a command (:users, :q)", footerLabel: "Cmd", showInFooter: false),
            KeyBinding(action: redraw, keys: [.control("l")], description: "Redraw the whole screen", footerLabel: "Redraw", showInFooter: false),
        ]
        let browsing: [KeyBinding] = [
            KeyBinding(action: open, keys: [.enter], description: "Open the details of the selected item (on a system: work in that building)", footerLabel: "Open", scope: browse),
            KeyBinding(action: filter, keys: [.character("/")], description: "Filter the list as you type", footerLabel: "Filter", scope: browse),
            KeyBinding(action: nextPane, keys: [.tab], description: "Next pane", footerLabel: "Pane", scope: browse),
            KeyBinding(action: previousPane, keys: [.backTab], description: "Previous pane", footerLabel: "Prev pane", scope: browse, showInFooter: false),
            KeyBinding(action: focus(.systems), keys: [.character("1")], description: "Systems pane", footerLabel: "Systems", scope: browse, showInFooter: false, commands: ["systems", "sys"]),
            KeyBinding(action: focus(.users), keys: [.character("2")], description: "Users pane", footerLabel: "Users", scope: browse, showInFooter: false, commands: ["users", "u"]),
            KeyBinding(action: focus(.entrances), keys: [.character("3")], description: "Entrances pane", footerLabel: "Entrances", scope: browse, showInFooter: false, commands: ["entrances", "doors"]),
            KeyBinding(action: focus(.credentials), keys: [.character("4")], description: "Credentials pane", footerLabel: "Credentials", scope: browse, showInFooter: false, commands: ["credentials", "creds", "keys"]),
            KeyBinding(action: refresh, keys: [.character("r")], description: "Refresh the list (the selection stays)", footerLabel: "Refresh", scope: browse, commands: ["refresh"]),
            KeyBinding(action: sort, keys: [.character("s")], description: "Sort by the next column", footerLabel: "Sort", scope: browse),
            KeyBinding(action: reverseSort, keys: [.character("S")], description: "Reverse the sort", footerLabel: "Reverse", scope: browse, showInFooter: false),
            KeyBinding(action: allBuildings, keys: [.character("a")], description: "Show every building again (leave the chosen building)", footerLabel: "All", scope: browse, showInFooter: false, commands: ["all"]),
            KeyBinding(action: issueKey, keys: [.character("i")], description: "Issue a resident's mobile key (the wizard)", footerLabel: "Issue key", scope: browse, mutates: true, showInFooter: false, commands: ["issue"]),
            KeyBinding(action: up, keys: [.up, .character("k")], description: "Move up", footerLabel: "Up", scope: browse, showInFooter: false),
            KeyBinding(action: down, keys: [.down, .character("j")], description: "Move down", footerLabel: "Down", scope: browse, showInFooter: false),
            KeyBinding(action: pageUp, keys: [.pageUp, .control("b")], description: "Page up", footerLabel: "PgUp", scope: browse, showInFooter: false),
            KeyBinding(action: pageDown, keys: [.pageDown, .control("f")], description: "Page down", footerLabel: "PgDn", scope: browse, showInFooter: false),
            KeyBinding(action: top, keys: [.home, .character("g")], description: "First row", footerLabel: "Top", scope: browse, showInFooter: false),
            KeyBinding(action: bottom, keys: [.end, .character("G")], description: "Last row (loads every page)", footerLabel: "Bottom", scope: browse, showInFooter: false),
        ]
        let inDetail: [KeyBinding] = [
            KeyBinding(action: back, keys: [.escape], description: "Close the details", footerLabel: "Close", scope: detail),
            KeyBinding(action: revealPIN, keys: [.character("p")], description: "Show or hide the PIN", footerLabel: "PIN", scope: detail),
        ]
        for binding in global + browsing + inDetail + OperationKeymap.bindings { registry.add(binding) }
        return registry
    }
}
