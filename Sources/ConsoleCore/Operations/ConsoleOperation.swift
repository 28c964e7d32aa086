import Foundation

/// One front-desk change the console can make, carrying the names it needs to say exactly
/// what will change (staff read names, not ids) and the ids the API and the audit log need.
public enum ConsoleOperation: Sendable, Equatable {
    case revokeCredential(CredentialTarget)
    case changeCredentialEnd(CredentialTarget, endsAt: Date, time: BuildingTime)
    case suspendUser(UserTarget)
    case unsuspendUser(UserTarget)
    case unlinkUser(UserTarget, identityID: String)
    /// `credentials` are the user's credentials, which the API deletes with the user.
    case deleteUser(UserTarget, credentials: [CredentialTarget])
    case changeGrantEnd(GrantTarget, endsAt: Date, time: BuildingTime)
    /// A PIN added to a grant later (`request_access_methods`).
    case addGrantPIN(GrantTarget)
    /// One access method of a grant removed (a lost phone, a PIN no longer wanted).
    case removeAccessMethod(GrantTarget, MethodTarget)
    /// The whole grant revoked: every key and PIN behind it stops opening doors.
    case revokeGrant(GrantTarget)

    /// The dotted verb written to the audit log.
    public var auditAction: String {
        switch self {
        case .revokeCredential: "credential.revoke"
        case .changeCredentialEnd: "credential.change_end"
        case .suspendUser: "acs_user.suspend"
        case .unsuspendUser: "acs_user.unsuspend"
        case .unlinkUser: "acs_user.unlink_identity"
        case .deleteUser: "acs_user.delete"
        case .changeGrantEnd: "access_grant.change_end"
        case .addGrantPIN: "access_grant.request_pin"
        case .removeAccessMethod: "access_method.delete"
        case .revokeGrant: "access_grant.delete"
        }
    }

    /// The ids the audit entry names, the acted-on resource first.
    public var resourceIDs: [String] {
        switch self {
        case .revokeCredential(let credential), .changeCredentialEnd(let credential, _, _): [credential.id]
        case .suspendUser(let user), .unsuspendUser(let user): [user.id]
        case let .unlinkUser(user, identityID): [user.id, identityID]
        case let .deleteUser(user, credentials): [user.id] + credentials.map(\.id)
        case .changeGrantEnd(let grant, _, _), .addGrantPIN(let grant), .revokeGrant(let grant): [grant.id]
        case let .removeAccessMethod(grant, method): [method.id, grant.id]
        }
    }

    /// The dialog's title.
    public var title: String {
        switch self {
        case .revokeCredential: "Revoke credential"
        case .changeCredentialEnd: "Change credential end"
        case .suspendUser: "Suspend user"
        case .unsuspendUser: "Unsuspend user"
        case .unlinkUser: "Unlink user from identity"
        case .deleteUser: "Delete user"
        case .changeGrantEnd: "Change the grant's end"
        case .addGrantPIN: "Add a PIN to the grant"
        case .removeAccessMethod: "Remove an access method"
        case .revokeGrant: "Revoke Access Grant"
        }
    }

    /// The label of the button that performs it.
    public var confirmLabel: String {
        switch self {
        case .revokeCredential: "Revoke"
        case .changeCredentialEnd: "Change end"
        case .suspendUser: "Suspend"
        case .unsuspendUser: "Unsuspend"
        case .unlinkUser: "Unlink"
        case .deleteUser: "Delete"
        case .changeGrantEnd: "Change end"
        case .addGrantPIN: "Add PIN"
        case .removeAccessMethod: "Remove"
        case .revokeGrant: "Revoke"
        }
    }

    /// What will change, in words with names, for the confirm dialog.
    public var summary: String {
        switch self {
        case .revokeCredential(let credential):
            return "Revoke \(credential.described). It stops opening every door at once. This cannot be undone."
        case let .changeCredentialEnd(credential, endsAt, time):
            let old = credential.endsAt.map { time.format($0) } ?? "no end"
            return "Change the end of \(credential.described) from \(old) to \(time.format(endsAt)) (\(time.label))."
        case .suspendUser(let user):
            return "Suspend \(user.described). Their credentials stop opening doors until they are unsuspended."
        case .unsuspendUser(let user):
            return "Unsuspend \(user.described). Their credentials open doors again."
        case let .unlinkUser(user, identityID):
            return "Unlink \(user.described) from user identity \(identityID). The user and their credentials stay; the identity no longer manages them."
        case let .deleteUser(user, credentials):
            let list = credentials.isEmpty
                ? "They hold no credentials."
                : "These \(credentials.count) credential\(credentials.count == 1 ? "" : "s") are deleted with them: "
                    + Self.listed(credentials.map { "“\($0.name)” (\($0.method))" }) + "."
            return "Delete \(user.described). \(list) This cannot be undone."
        case let .changeGrantEnd(grant, endsAt, time):
            let old = grant.endsAt.map { time.format($0) } ?? "no end"
            return "Change the end of \(grant.described) from \(old) to \(time.format(endsAt)) (\(time.label)). Every key and PIN behind it follows."
        case .addGrantPIN(let grant):
            return "Ask for a PIN on \(grant.described). Latch makes the 7-digit PIN, one per entrance; it shows in the grant's details once issued."
        case let .removeAccessMethod(grant, method):
            return "Remove \(method.described) from \(grant.described). It stops opening doors; the grant's other methods stay."
        case .revokeGrant(let grant):
            return "Revoke \(grant.described). Every key and PIN behind it stops opening doors. This cannot be undone."
        }
    }

    /// Names joined with "; ", at most `limit` of them, then "and N more".
    static func listed(_ names: [String], limit: Int = 6) -> String {
        guard names.count > limit else { return names.joined(separator: "; ") }
        return names.prefix(limit).joined(separator: "; ") + "; and \(names.count - limit) more"
    }

    /// The flash shown once it worked.
    public var doneMessage: String {
        switch self {
        case .revokeCredential(let credential): "Revoked \(credential.name)."
        case let .changeCredentialEnd(credential, endsAt, time): "\(credential.name) now ends \(time.format(endsAt))."
        case .suspendUser(let user): "Suspended \(user.name)."
        case .unsuspendUser(let user): "Unsuspended \(user.name)."
        case .unlinkUser(let user, _): "Unlinked \(user.name) from their identity."
        case .deleteUser(let user, _): "Deleted \(user.name)."
        case let .changeGrantEnd(grant, endsAt, time): "The grant of \(grant.name) now ends \(time.format(endsAt))."
        case .addGrantPIN(let grant): "A PIN was asked for on the grant of \(grant.name)."
        case let .removeAccessMethod(grant, method): "Removed the \(method.method) from the grant of \(grant.name)."
        case .revokeGrant(let grant): "Revoked the grant of \(grant.name)."
        }
    }

    /// What it acts on, in words ("credential Apt 4B", "user Jane Doe").
    public var subject: String {
        switch self {
        case .revokeCredential(let credential), .changeCredentialEnd(let credential, _, _): "credential \(credential.name)"
        case .suspendUser(let user), .unsuspendUser(let user), .unlinkUser(let user, _), .deleteUser(let user, _): "user \(user.name)"
        case .changeGrantEnd(let grant, _, _), .addGrantPIN(let grant), .removeAccessMethod(let grant, _), .revokeGrant(let grant):
            "Access Grant of \(grant.name)"
        }
    }

    /// The name of what it acts on ("Apt 4B", "Jane Doe").
    public var targetName: String {
        switch self {
        case .revokeCredential(let credential), .changeCredentialEnd(let credential, _, _): credential.name
        case .suspendUser(let user), .unsuspendUser(let user), .unlinkUser(let user, _), .deleteUser(let user, _): user.name
        case .changeGrantEnd(let grant, _, _), .addGrantPIN(let grant), .removeAccessMethod(let grant, _), .revokeGrant(let grant): grant.name
        }
    }

    /// The pane whose rows it changes.
    public var pane: ListPane {
        switch self {
        case .revokeCredential, .changeCredentialEnd: .credentials
        case .suspendUser, .unsuspendUser, .unlinkUser, .deleteUser: .users
        case .changeGrantEnd, .addGrantPIN, .removeAccessMethod, .revokeGrant: .access
        }
    }
}

/// A credential as an operation names it.
public struct CredentialTarget: Sendable, Equatable {
    public let id: String
    public let name: String
    public let method: String
    public let startsAt: Date?
    public let endsAt: Date?

    public init(id: String, name: String, method: String, startsAt: Date? = nil, endsAt: Date? = nil) {
        self.id = id
        self.name = name
        self.method = method
        self.startsAt = startsAt
        self.endsAt = endsAt
    }

    public init(_ row: CredentialRow) {
        self.init(id: row.id, name: row.name, method: row.method, startsAt: row.startsAt, endsAt: row.endsAt)
    }

    /// "the mobile key “Apt 4B” (acs_credential_…)".
    public var described: String { "the \(method) “\(name)” (\(id))" }
}

/// An ACS user as an operation names it.
public struct UserTarget: Sendable, Equatable {
    public let id: String
    public let name: String
    public let email: String

    public init(id: String, name: String, email: String = "") {
        self.id = id
        self.name = name
        self.email = email
    }

    public init(_ row: UserRow) {
        self.init(id: row.id, name: row.name, email: row.email)
    }

    /// "Jane Doe <jane@example.com> (acs_user_…)".
    public var described: String { email.isEmpty ? "\(name) (\(id))" : "\(name) <\(email)> (\(id))" }
}
