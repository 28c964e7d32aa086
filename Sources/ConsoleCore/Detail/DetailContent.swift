import SeamAPI

/// Everything the API said about the detail target, fetched once when the pane opens.
public enum DetailContent: Sendable, Equatable {
    case system(AcsSystem, credentialManagers: [AcsSystem], entranceCount: Int, userCountLoaded: Int?)
    case user(AcsUser, identity: UserIdentity?, credentials: [AcsCredential])
    case entrance(AcsEntrance, credentials: [AcsCredential], owners: [String: String])
    case credential(AcsCredential, owner: AcsUser?, entrances: [AcsEntrance])
}
