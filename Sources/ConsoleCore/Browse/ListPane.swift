/// The lists of the console. Their order is the order of the tabs and of the `1`–`6` keys.
public enum ListPane: Int, CaseIterable, Sendable, Hashable {
    case systems, users, entrances, credentials
    /// Access Grants: who may open which doors, when and how (see Access/).
    case access
    /// What happened in the buildings (Seam events), newest first, followed live (see Activity/).
    case activity

    public var title: String {
        switch self {
        case .systems: "Systems"
        case .users: "Users"
        case .entrances: "Entrances"
        case .credentials: "Credentials"
        case .access: "Access"
        case .activity: "Activity"
        }
    }

    /// The number key that focuses this pane.
    public var number: Int { rawValue + 1 }

    /// The key-registry scope of bindings that apply only in this pane ("Users pane").
    public var keyScope: KeyScope { KeyScope("pane.\(self)", title: "\(title) pane") }

    /// What a list of this pane is called in messages ("users").
    public var noun: String { title.lowercased() }

    /// The panes a chosen building narrows (every pane but the systems).
    public static let scopedToBuilding: [ListPane] = [.users, .entrances, .credentials, .access, .activity]

    /// Whether the pane's filter is also asked of the API once typing pauses (`events/list` and
    /// `access_grants/list` have no search: those panes filter what they have loaded).
    public var searchesTheAPI: Bool { self != .activity && self != .access }
}

extension ListPane {
    /// How many columns the pane's rows have (the `s` key cycles through them).
    public var columnCount: Int {
        switch self {
        case .systems: SystemRow.columns.count
        case .users: UserRow.columns.count
        case .entrances: EntranceRow.columns.count
        case .credentials: CredentialRow.columns.count
        case .access: AccessGrantRow.columns.count
        case .activity: ActivityRow.columns.count
        }
    }
}
