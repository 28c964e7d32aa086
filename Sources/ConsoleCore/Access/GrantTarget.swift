import Foundation

/// An Access Grant as an operation names it: whose, how, and its dates.
public struct GrantTarget: Sendable, Equatable {
    public let id: String
    /// The resident's name, or the grant's own.
    public let name: String
    /// "mobile key + PIN".
    public let methods: String
    public let startsAt: Date?
    public let endsAt: Date?

    public init(id: String, name: String, methods: String, startsAt: Date? = nil, endsAt: Date? = nil) {
        self.id = id
        self.name = name
        self.methods = methods
        self.startsAt = startsAt
        self.endsAt = endsAt
    }

    public init(_ row: AccessGrantRow) {
        self.init(id: row.id, name: row.resident.isEmpty ? row.name : row.resident, methods: row.methods,
                  startsAt: row.startsAt, endsAt: row.endsAt)
    }

    /// "the Access Grant of Jane Doe (mobile key + PIN, grant_…)".
    public var described: String { "the Access Grant of \(name) (\(methods), \(id))" }
}

/// One access method of a grant, as the remove dialog lists it.
public struct MethodTarget: Sendable, Equatable {
    public let id: String
    /// "mobile key", "PIN".
    public let method: String
    public let isIssued: Bool

    public init(id: String, method: String, isIssued: Bool) {
        self.id = id
        self.method = method
        self.isIssued = isIssued
    }

    /// "the mobile key (issued)".
    public var described: String { "the \(method) (\(isIssued ? "issued" : "not issued yet"))" }
}

/// What a new end is typed for: a credential or an Access Grant.
public enum EndDateSubject: Sendable, Equatable {
    case credential(CredentialTarget)
    case grant(GrantTarget)

    public var startsAt: Date? {
        switch self {
        case .credential(let credential): credential.startsAt
        case .grant(let grant): grant.startsAt
        }
    }

    public var endsAt: Date? {
        switch self {
        case .credential(let credential): credential.endsAt
        case .grant(let grant): grant.endsAt
        }
    }

    /// The heading of the end field ("mobile key “Apt 4B”", "Access Grant of Jane Doe").
    public var heading: String {
        switch self {
        case .credential(let credential): "\(credential.method) “\(credential.name)”"
        case .grant(let grant): "Access Grant of \(grant.name) (\(grant.methods))"
        }
    }

    public var isGrant: Bool {
        if case .grant = self { return true }
        return false
    }

    /// The operation that sets the new end.
    public func changeEnd(to date: Date, time: BuildingTime) -> ConsoleOperation {
        switch self {
        case .credential(let credential): .changeCredentialEnd(credential, endsAt: date, time: time)
        case .grant(let grant): .changeGrantEnd(grant, endsAt: date, time: time)
        }
    }
}
