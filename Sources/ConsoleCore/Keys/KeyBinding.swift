/// One entry of the key registry: the single source for dispatch, footer hints, the `?` help
/// overlay and the `:` command bar (the k9s `KeyAction` / lazygit `Binding` idea).
public struct KeyBinding: Hashable, Sendable {
    /// How much a footer hint matters: when the footer is too narrow, the least important
    /// hints are left out first.
    public enum FooterRank: Int, Hashable, Sendable, Comparable {
        /// The screen's main action (`i` Issue key) and `?` Help: always kept.
        case primary
        /// The keys of the screen in front of the user.
        case common
        /// Useful but guessable (Tab, Refresh, Sort).
        case minor
        /// Never in the footer (help lists it).
        case hidden

        public static func < (lhs: FooterRank, rhs: FooterRank) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The command this binding triggers.
    public var command: KeyCommand
    /// Keys that trigger it; the first one is the one shown in hints.
    public var keys: [Key]
    /// Long description for the help overlay ("Issue a mobile key to the selected user").
    public var description: String
    /// Short label for the footer ("Issue key").
    public var footerLabel: String
    /// Context in which the binding applies.
    public var scope: KeyScope
    /// True when the command changes data; such bindings are hidden and refused in read-only mode.
    public var mutates: Bool
    /// Whether and how prominently the footer lists it (help always lists it).
    public var footer: FooterRank
    /// Names accepted by the `:` command bar (`users`, `u`, `q`); empty for key-only commands.
    public var commands: [String]

    public init(
        _ command: KeyCommand,
        keys: [Key],
        description: String,
        footerLabel: String,
        scope: KeyScope,
        mutates: Bool = false,
        footer: FooterRank = .common,
        commands: [String] = []
    ) {
        self.command = command
        self.keys = keys
        self.description = description
        self.footerLabel = footerLabel
        self.scope = scope
        self.mutates = mutates
        self.footer = footer
        self.commands = commands
    }

    /// Whether the footer lists it at all.
    public var showInFooter: Bool { footer != .hidden }

    /// The key shown in hints (the first one), e.g. `Ctrl-R`; "" when the binding has no key.
    public var primaryKeyName: String { keys.first?.displayName ?? "" }
}
