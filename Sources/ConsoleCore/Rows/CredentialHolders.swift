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

    /// Remembers names by user id; returns the ids whose name is new or changed.
    @discardableResult
    public mutating func learn(_ namesByID: [String: String]) -> Set<String> {
        var changed: Set<String> = []
        for (id, name) in namesByID where !name.isEmpty && names[id] != name {
            names[id] = name
            changed.insert(id)
        }
        return changed
    }
}
