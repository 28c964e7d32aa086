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

    /// The dotted verb written to the audit log.
    public var auditAction: String {
        switch self {
        case .revokeCredential: "credential.revoke"
        case .changeCredentialEnd: "credential.change_end"
        case .suspendUser: "acs_user.suspend"
        case .unsuspendUser: "acs_user.unsuspend"
        case .unlinkUser: "acs_user.unlink_identity"
        case .deleteUser: "acs_user.delete"
        }
    }

    /// The ids the audit entry names, the acted-on resource first.
    public var resourceIDs: [String] {
        switch self {
        case .revokeCredential(let credential), .changeCredentialEnd(let credential, _, _): [credential.id]
        case .suspendUser(let user), .unsuspendUser(let user): [user.id]
        case let .unlinkUser(user, identityID): [user.id, identityID]
        case let .deleteUser(user, credentials): [user.id] + credentials.map(\.id)
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
        }
    }

    /// What it acts on, in words ("credential Apt 4B", "user Jane Doe").
    public var subject: String {
        switch self {
        case .revokeCredential(let credential), .changeCredentialEnd(let credential, _, _): "credential \(credential.name)"
        case .suspendUser(let user), .unsuspendUser(let user), .unlinkUser(let user, _), .deleteUser(let user, _): "user \(user.name)"
        }
    }

    /// The pane whose rows it changes.
    public var pane: ListPane {
        switch self {
        case .revokeCredential, .changeCredentialEnd: .credentials
        case .suspendUser, .unsuspendUser, .unlinkUser, .deleteUser: .users
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
