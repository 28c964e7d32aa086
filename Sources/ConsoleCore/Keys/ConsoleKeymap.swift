/// The console's one table of key bindings, in the habits of k9s, lazygit and htop
/// (the README, "Keys"): every feature contributes its own bindings from its own folder, and dispatch,
/// the footer, the `?` overlay and the `:` bar all read this table.
public enum ConsoleKeymap {
    /// The default registry.
    public static func standard(readOnly: Bool = false) -> KeyRegistry {
        var registry = KeyRegistry(readOnly: readOnly)
        let everyFeature: [[KeyBinding]] = [
            anywhere, BrowseKeymap.bindings, DetailKeymap.bindings, FilterKeymap.bindings, CommandBarKeymap.bindings, HelpKeymap.bindings,
            OperationKeymap.bindings, AuditPaneKeymap.bindings, ProblemsKeymap.bindings, WizardKeymap.bindings, ActivityKeymap.bindings, GuestKeymap.bindings,
            MoveOutKeymap.bindings, ImportScreenKeymap.bindings,
        ]
        for binding in everyFeature.joined() { registry.add(binding) }
        return registry
    }

    /// Keys that work on every screen.
    static let anywhere: [KeyBinding] = [
        KeyBinding(.app(.redraw), keys: [.control("l")], description: "Redraw the whole screen", footerLabel: "Redraw",
                   scope: .anywhere, footer: .hidden),
    ]
}
