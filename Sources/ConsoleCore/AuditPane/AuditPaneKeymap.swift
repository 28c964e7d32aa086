/// The keys of the audit pane; every other key edits its filter.
public enum AuditPaneKeymap {
    public static let scope = KeyScope("audit", title: "Audit log")

    static var bindings: [KeyBinding] {
        [
            KeyBinding(.audit(.close), keys: [.escape], description: "Close the audit log", footerLabel: "Close", scope: scope),
            KeyBinding(.audit(.scrollDown), keys: [.down], description: "Scroll down", footerLabel: "Scroll", scope: scope),
            KeyBinding(.audit(.scrollUp), keys: [.up], description: "Scroll up", footerLabel: "Up", scope: scope, footer: .hidden),
            KeyBinding(.audit(.pageDown), keys: [.pageDown], description: "Next page", footerLabel: "PgDn", scope: scope, footer: .hidden),
            KeyBinding(.audit(.pageUp), keys: [.pageUp], description: "Previous page", footerLabel: "PgUp", scope: scope, footer: .hidden),
        ]
    }
}
