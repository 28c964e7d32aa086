/// One change of a move-out job: each is one audited API call, tried on its own, so a failure
/// on one does not stop the others.
public enum MoveOutItem: Sendable, Equatable, Hashable {
    case revokeGrant(MoveOutGrant)
    case revoke(MoveOutCredential)
    case deleteUser(MoveOutUser)
    case deleteIdentity(id: String, name: String)

    /// The id of what it changes.
    public var id: String {
        switch self {
        case .revokeGrant(let grant): grant.id
        case .revoke(let credential): credential.id
        case .deleteUser(let user): user.id
        case .deleteIdentity(let id, _): id
        }
    }

    /// The dotted verb written to the audit log (the same as the single operations).
    public var auditAction: String {
        switch self {
        case .revokeGrant: "access_grant.delete"
        case .revoke: "credential.revoke"
        case .deleteUser: "acs_user.delete"
        case .deleteIdentity: "user_identity.delete"
        }
    }

    /// What it does, in words, with the building's name ("Revoke the mobile key in Maple Court").
    public func described(buildings: [String: String]) -> String {
        func building(_ id: String) -> String { buildings[id] ?? id }
        switch self {
        case .revokeGrant(let grant): return "Revoke the Access Grant “\(grant.name)” and every method behind it"
        case .revoke(let credential):
            let name = credential.method == "PIN" ? " “\(credential.name)”" : ""
            return "Revoke the \(credential.method)\(name) in \(building(credential.systemID))"
        case .deleteUser(let user): return "Delete the ACS user \(user.name) in \(building(user.systemID))"
        case .deleteIdentity(_, let name): return "Delete the user identity of \(name)"
        }
    }
}

/// How one item of the job ended.
public enum MoveOutOutcome: Sendable, Equatable {
    case done
    /// It no longer existed (someone removed it, or an earlier run did): nothing to do.
    case alreadyGone
    case failed(String)

    /// One word for the result list.
    public var word: String {
        switch self {
        case .done: "done"
        case .alreadyGone: "already gone"
        case .failed: "FAILED"
        }
    }
}

/// What the person chose to remove; revoking every credential is the default.
public struct MoveOutChoices: Sendable, Equatable {
    public var revokeCredentials = true
    public var deleteUsers = false
    public var deleteIdentity = false

    public init() {}

    /// The items of the job for a plan, in the order they run: Access Grants (whose credentials
    /// then count as already gone), credentials, users, identity.
    public func items(for plan: MoveOutPlan) -> [MoveOutItem] {
        var items: [MoveOutItem] = []
        if revokeCredentials { items += plan.grants.map(MoveOutItem.revokeGrant) + plan.credentials.map(MoveOutItem.revoke) }
        if deleteUsers { items += plan.users.map(MoveOutItem.deleteUser) }
        if deleteIdentity, plan.identityExists, let id = plan.person.identityID { items.append(.deleteIdentity(id: id, name: plan.person.name)) }
        return items
    }

    /// "Revoke 3 keys and 1 PIN, delete 2 ACS users and the user identity".
    public func summary(for plan: MoveOutPlan) -> String {
        var parts: [String] = []
        if revokeCredentials, !plan.credentials.isEmpty || !plan.grants.isEmpty {
            parts.append("revoke " + Words.list(plan.revocableCounts))
        }
        if deleteUsers, !plan.users.isEmpty { parts.append("delete " + Words.count(plan.users.count, "ACS user")) }
        if deleteIdentity, plan.identityExists, plan.person.identityID != nil { parts.append("delete the user identity") }
        guard !parts.isEmpty else { return "" }
        let sentence = Words.list(parts)
        return sentence.prefix(1).uppercased() + sentence.dropFirst()
    }
}
