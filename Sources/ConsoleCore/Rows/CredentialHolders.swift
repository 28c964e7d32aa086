/// The names of the ACS users the console has loaded, by user id, so that a credential is
/// shown, sorted and filtered by the person who holds it rather than by its own display name
/// ("Multi Phone Sync Credential" for every Latch mobile key).
public struct CredentialHolders: Sendable, Equatable {
    private var names: [String: String] = [:]

    public init() {}

    /// The holder's name, or nil while their user is not loaded.
    public subscript(userID: String?) -> String? {
        userID.flatMap { names[$0] }
    }

    /// Remembers the names of loaded users; returns the ids whose name is new or changed.
    @discardableResult
    public mutating func learn(_ users: [UserRow]) -> Set<String> {
        var changed: Set<String> = []
        for user in users where !user.name.isEmpty && names[user.id] != user.name {
            names[user.id] = user.name
            changed.insert(user.id)
        }
        return changed
    }

    /// Forgets a user that was deleted.
    public mutating func forget(_ userID: String) {
        names[userID] = nil
    }
}
