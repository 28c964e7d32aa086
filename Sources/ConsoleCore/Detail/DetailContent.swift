import SeamAPI

/// Everything the API said about the detail target, fetched once when the pane opens.
public enum DetailContent: Sendable, Equatable {
    /// `account`: the building's connected account (its Latch login), when the API gave it.
    case system(AcsSystem, credentialManagers: [AcsSystem], entranceCount: Int, userCountLoaded: Int?, account: ConnectedAccount? = nil)
    case user(AcsUser, identity: UserIdentity?, credentials: [AcsCredential])
    case entrance(AcsEntrance, credentials: [AcsCredential], owners: [String: String])
    /// `copies`: for a multi-phone-sync key, its copy on each phone (child credentials);
    /// `phoneNames`: the phone each copy is on (`phones/list` by the copy's id), by copy id.
    case credential(AcsCredential, owner: AcsUser?, entrances: [AcsEntrance], copies: [AcsCredential] = [], phoneNames: [String: String] = [:])
    /// An Access Grant with its resident, its access methods (each a key or PIN with its own
    /// status) and the entrances it opens.
    case accessGrant(AccessGrant, identity: UserIdentity?, methods: [AccessMethod], entrances: [AcsEntrance])
}
