/// The keys of the audit pane; every other key edits its filter.
public enum AuditPaneKeymap {
    public static let scope = KeyScope("audit", title: "Audit log")
    /// Only while there are more entries than fit on screen.
    public static let scrolling = KeyScope("audit.scroll", title: "Audit log, longer than the screen")

    static var bindings: [KeyBinding] {
        [
            KeyBinding(.audit(.close), keys: [.escape], description: "Close the audit log", footerLabel: "Close", scope: scope),
            KeyBinding(.audit(.scrollDown), keys: [.down], description: "Scroll down", footerLabel: "Scroll", scope: scrolling),
            KeyBinding(.audit(.scrollUp), keys: [.up], description: "Scroll up", footerLabel: "Up", scope: scrolling, footer: .hidden),
            KeyBinding(.audit(.pageDown), keys: [.pageDown], description: "Next page", footerLabel: "PgDn", scope: scrolling, footer: .hidden),
            KeyBinding(.audit(.pageUp), keys: [.pageUp], description: "Previous page", footerLabel: "PgUp", scope: scrolling, footer: .hidden),
        ]
    }

    /// The pane's scopes: scrolling only when the entries do not fit in `visibleRows`.
    static func scopes(for pane: AuditPaneState, visibleRows: Int) -> [KeyScope] {
        pane.records.count > visibleRows ? [scrolling, scope] : [scope]
    }
}
