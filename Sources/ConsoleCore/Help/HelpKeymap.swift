/// The keys of the `?` overlay. Any other key closes it too.
public enum HelpKeymap {
    public static let scope = KeyScope("help", title: "Help")

    static var bindings: [KeyBinding] {
        [
            KeyBinding(.help(.close), keys: [.escape, .character("?"), .character("q")], description: "Close the help", footerLabel: "Close", scope: scope),
            KeyBinding(.help(.scrollDown), keys: [.down, .character("j")], description: "Scroll down", footerLabel: "Scroll", scope: scope),
            KeyBinding(.help(.scrollUp), keys: [.up, .character("k")], description: "Scroll up", footerLabel: "Up", scope: scope, footer: .hidden),
            KeyBinding(.help(.pageDown), keys: [.pageDown, .character(" ")], description: "Next page", footerLabel: "Page", scope: scope, footer: .minor),
            KeyBinding(.help(.pageUp), keys: [.pageUp], description: "Previous page", footerLabel: "PgUp", scope: scope, footer: .hidden),
        ]
    }
}
