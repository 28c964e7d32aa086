/// One page of rows for one pane, as the effect runner hands it back.
public enum PanePage: Sendable, Equatable {
    case systems([SystemRow])
    case users([UserRow])
    case entrances([EntranceRow])
    case credentials([CredentialRow])
    case access(AccessGrantPage)
    /// Events with what was looked up about them; the reducer words them (see Activity/).
    case activity(ActivityPage)

    public var pane: ListPane {
        switch self {
        case .systems: .systems
        case .users: .users
        case .entrances: .entrances
        case .credentials: .credentials
        case .access: .access
        case .activity: .activity
        }
    }
}
