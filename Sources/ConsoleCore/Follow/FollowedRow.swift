/// A row the console keeps asking about while a change to it is on its way (Seam applies
/// suspensions, deletions and new dates gradually): which one, and how it stands now.
public struct FollowTarget: Equatable, Sendable {
    public enum Kind: Hashable, Sendable { case user, credential, grant }

    public let kind: Kind
    public let id: String
    /// Time zones for the credential's dates.
    public let zones: BuildingZones

    public init(_ kind: Kind, id: String, zones: BuildingZones) {
        self.kind = kind
        self.id = id
        self.zones = zones
    }

    /// How often the row is asked for, and for how long at most (Seam's changes take seconds
    /// to minutes; after that the row shows what it says and `r` asks again).
    public static let interval: Duration = .seconds(2)
    public static let maxAttempts = 60
}

/// What the API holds now for a followed row.
public enum FollowedRow: Sendable, Equatable {
    case user(UserRow)
    case credential(CredentialRow)
    case grant(AccessGrantRow)
    /// It no longer exists (a deletion finished).
    case gone
}
