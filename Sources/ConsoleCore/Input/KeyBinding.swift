/// Names an action a key can trigger (`"quit"`, `"refresh"`, `"issue-mobile-key"`), so the
/// key registry, reducers and tests refer to actions without string typos spreading around.
public struct ActionID: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }
}

/// Where a binding applies: `global` everywhere, or a named context such as a pane, a dialog
/// or the wizard. Scopes are ordered by the caller from most to least specific.
public struct KeyScope: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let name: String
    public init(_ name: String) { self.name = name }
    public init(stringLiteral value: String) { self.name = value }
    public var description: String { name }

    /// Bindings that apply in every context.
    public static let global: KeyScope = "global"
}

/// One entry of the key registry: the single source for dispatch, footer hints, the `?` help
/// overlay and the `:` command bar (the k9s `KeyAction` / lazygit `Binding` idea).
public struct KeyBinding: Hashable, Sendable {
    /// The action this binding triggers.
    public var action: ActionID
    /// Keys that trigger it; the first one is the one shown in hints.
    public var keys: [Key]
    /// Long description for the help overlay ("Issue a mobile key to the selected user").
    public var description: String
    /// Short label for the footer ("Issue").
    public var footerLabel: String
    /// Context in which the binding applies.
    public var scope: KeyScope
    /// True when the action changes data; such bindings are hidden and refused in read-only mode.
    public var mutates: Bool
    /// Whether the footer lists it (help always lists it).
    public var showInFooter: Bool
    /// Names accepted by the `:` command bar (`users`, `u`, `q`); empty for key-only actions.
    public var commands: [String]

    public init(
        action: ActionID,
        keys: [Key],
        description: String,
        footerLabel: String,
        scope: KeyScope = .global,
        mutates: Bool = false,
        showInFooter: Bool = true,
        commands: [String] = []
    ) {
        self.action = action
        self.keys = keys
        self.description = description
        self.footerLabel = footerLabel
        self.scope = scope
        self.mutates = mutates
        self.showInFooter = showInFooter
        self.commands = commands
    }

    /// The key shown in hints (the first one), e.g. `Ctrl-R`; "" when the binding has no key.
    public var primaryKeyName: String { keys.first?.displayName ?? "" }
}
