import SeamAPI

/// Everything the API said about the detail target, fetched once when the pane opens.
public enum DetailContent: Sendable, Equatable {
    /// `account`: the building's connected account (its Latch login), when the API gave it.
    case system(AcsSystem, credentialManagers: [AcsSystem], entranceCount: Int, userCountLoaded: Int?, account: ConnectedAccount? = nil)
    case user(AcsUser, identity: UserIdentity?, credentials: [AcsCredential])
    case entrance(AcsEntrance, credentials: [AcsCredential], owners: [String: String])
    /// `copies`: for a multi-phone-sync key, its copy on each phone (child credentials).
    case credential(AcsCredential, owner: AcsUser?, entrances: [AcsEntrance], copies: [AcsCredential] = [])
}
