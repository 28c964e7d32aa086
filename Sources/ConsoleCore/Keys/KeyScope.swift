/// Where a binding applies (a pane, the lists, the detail, a wizard step), with the words the
/// help overlay heads its section with ("Users pane"). Scopes are compared by `id` only.
public struct KeyScope: Hashable, Sendable, CustomStringConvertible {
    /// A stable name, used in tests and never shown ("pane.users").
    public let id: String
    /// The section heading in the help overlay ("Users pane").
    public let title: String

    public init(_ id: String, title: String) {
        self.id = id
        self.title = title
    }

    public var description: String { id }

    public static func == (lhs: KeyScope, rhs: KeyScope) -> Bool { lhs.id == rhs.id }
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }

    /// Bindings that work on every screen (today only Ctrl-L).
    public static let anywhere = KeyScope("anywhere", title: "Anywhere")
}
