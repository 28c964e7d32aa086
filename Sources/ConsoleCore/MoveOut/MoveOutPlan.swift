import Foundation

/// Who moves out: a user identity (every ACS user linked to it, in every building), or one ACS
/// user that has no identity.
public struct MoveOutPerson: Sendable, Equatable {
    public let name: String
    public let email: String?
    public let identityID: String?
    /// The ACS user to move out when there is no identity.
    public let acsUserID: String?

    public init(name: String, email: String? = nil, identityID: String?, acsUserID: String?) {
        self.name = name
        self.email = email
        self.identityID = identityID
        self.acsUserID = acsUserID
    }

    /// "Jane Doe <jane@example.com>".
    public var described: String { email.map { "\(name) <\($0)>" } ?? name }
}

/// An ACS user of the person, in one building.
public struct MoveOutUser: Sendable, Equatable, Hashable {
    public let id: String
    public let name: String
    public let systemID: String

    public init(id: String, name: String, systemID: String) {
        self.id = id
        self.name = name
        self.systemID = systemID
    }
}

/// A credential of the person.
public struct MoveOutCredential: Sendable, Equatable, Hashable {
    public let id: String
    /// "mobile key", "PIN", ...
    public let method: String
    public let name: String
    public let systemID: String
    public let endsAt: Date?

    public init(id: String, method: String, name: String, systemID: String, endsAt: Date?) {
        self.id = id
        self.method = method
        self.name = name
        self.systemID = systemID
        self.endsAt = endsAt
    }
}

/// An Access Grant of the person's identity: revoking it revokes every method Seam made for it.
public struct MoveOutGrant: Sendable, Equatable, Hashable {
    public let id: String
    public let name: String

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}

/// Everything the person holds now, gathered from the API before anything is changed.
public struct MoveOutPlan: Sendable, Equatable {
    public let person: MoveOutPerson
    public let users: [MoveOutUser]
    public let credentials: [MoveOutCredential]
    /// The Access Grants of their identity (revoked before the credentials, which may be theirs).
    public let grants: [MoveOutGrant]
    /// Whether the person's user identity still exists (so it can be deleted).
    public let identityExists: Bool

    public init(person: MoveOutPerson, users: [MoveOutUser], credentials: [MoveOutCredential], grants: [MoveOutGrant] = [],
                identityExists: Bool) {
        self.person = person
        self.users = users
        self.credentials = credentials
        self.grants = grants
        self.identityExists = identityExists
    }

    /// The buildings the person is in, in the order first met.
    public var buildingIDs: [String] {
        var seen: [String] = []
        for id in users.map(\.systemID) + credentials.map(\.systemID) where !seen.contains(id) { seen.append(id) }
        return seen
    }

    /// Whether nothing of the person is left.
    public var isEmpty: Bool { users.isEmpty && credentials.isEmpty && grants.isEmpty && !identityExists }

    /// "3 keys, 1 PIN and 1 Access Grant in 2 buildings".
    public var holdings: String {
        let buildings = buildingIDs.count
        let place = buildings == 0 ? "" : " in \(Words.count(buildings, "building"))"
        guard !credentials.isEmpty || !grants.isEmpty else {
            return users.isEmpty ? "nothing but their user identity" : "no credentials, \(Words.count(users.count, "ACS user"))\(place)"
        }
        return Words.list(revocableCounts) + place
    }

    /// What revoking takes away, counted: "3 keys", "1 PIN", "1 Access Grant".
    var revocableCounts: [String] {
        Self.credentialCounts(credentials) + (grants.isEmpty ? [] : [Words.count(grants.count, "Access Grant")])
    }

    /// "3 keys", "1 PIN", in a fixed order (keys, PINs, then other methods by name).
    static func credentialCounts(_ credentials: [MoveOutCredential]) -> [String] {
        var counts: [String: Int] = [:]
        for credential in credentials { counts[credential.method, default: 0] += 1 }
        let order = ["mobile key", "PIN"] + counts.keys.filter { $0 != "mobile key" && $0 != "PIN" }.sorted()
        return order.compactMap { method in
            counts[method].map { Words.count($0, method == "mobile key" ? "key" : method) }
        }
    }
}

/// Counting words for sentences ("1 PIN", "2 buildings", "a, b and c").
enum Words {
    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    static func list(_ parts: [String]) -> String {
        guard parts.count > 1 else { return parts.first ?? "" }
        return parts.dropLast().joined(separator: ", ") + " and " + parts[parts.count - 1]
    }
}
