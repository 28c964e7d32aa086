/// The four lists of the console. Their order is the order of the tabs and of the `1`–`4` keys.
public enum ListPane: Int, CaseIterable, Sendable, Hashable {
    case systems, users, entrances, credentials

    public var title: String {
        switch self {
        case .systems: "Systems"
        case .users: "Users"
        case .entrances: "Entrances"
        case .credentials: "Credentials"
        }
    }

    /// The number key that focuses this pane.
    public var number: Int { rawValue + 1 }

    /// The key-registry scope of bindings that apply only in this pane ("Users pane").
    public var keyScope: KeyScope { KeyScope("pane.\(self)", title: "\(title) pane") }

    /// What a list of this pane is called in messages ("users").
    public var noun: String { title.lowercased() }
}

extension ListPane {
    /// How many columns the pane's rows have (the `s` key cycles through them).
    public var columnCount: Int {
        switch self {
        case .systems: SystemRow.columns.count
        case .users: UserRow.columns.count
        case .entrances: EntranceRow.columns.count
        case .credentials: CredentialRow.columns.count
        }
    }
}
