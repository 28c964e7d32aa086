/// What the detail pane is about: one resource of one of the four panes.
public enum DetailTarget: Sendable, Equatable {
    case system(String)
    case user(String)
    case entrance(String)
    case credential(String)
    case accessGrant(String)

    public var id: String {
        switch self {
        case .system(let id), .user(let id), .entrance(let id), .credential(let id), .accessGrant(let id): id
        }
    }
}
