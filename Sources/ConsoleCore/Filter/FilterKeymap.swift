/// The keys of the `/` prompt; every other key edits the filter.
public enum FilterKeymap {
    public static let scope = KeyScope("filter", title: "Filter")

    static var bindings: [KeyBinding] {
        [
            KeyBinding(.prompt(.accept), keys: [.enter], description: "Keep the filter and go back to the list", footerLabel: "Keep", scope: scope),
            KeyBinding(.prompt(.cancel), keys: [.escape], description: "Go back to the filter before `/`", footerLabel: "Undo", scope: scope),
        ]
    }
}
