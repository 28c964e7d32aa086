import Foundation
import SeamAPI

/// A resident or staff member (an ACS user) as the Users pane lists them.
public struct UserRow: ListRow {
    public let id: String
    public let systemID: String
    public let name: String
    public let email: String
    public let phone: String
    public let isSuspended: Bool
    public let userIdentityID: String?
    /// "active", "suspended", "Mission Control resident", "failed to create +1": the status in
    /// words, never by colour alone (the detail has each problem's message).
    public let status: String
    /// Its errors and warnings in words; the problems view and the detail list them.
    public let problems: [Problem]
    /// Changes Seam is still pushing to the building; the console follows them.
    public let pending: [PendingChange]
    /// A change is on its way (pending, or Seam is deleting the user): the console follows it.
    public let isChanging: Bool
    public let searchText: String

    public static let columns = [
        ListColumn("Name", width: .flexible(min: 14, weight: 3)),
        ListColumn("Email", width: .flexible(min: 14, weight: 3)),
        ListColumn("Phone", width: .flexible(min: 8, weight: 1)),
        ListColumn("Status", width: .flexible(min: 12, weight: 2)),
    ]

    public init(_ user: AcsUser) {
        id = user.acsUserId
        systemID = user.acsSystemId
        name = user.fullName ?? user.displayName
        email = user.emailAddress ?? user.email ?? user.userIdentityEmailAddress ?? ""
        phone = user.phoneNumber ?? user.userIdentityPhoneNumber ?? ""
        isSuspended = user.isSuspended ?? false
        userIdentityID = user.userIdentityId
        problems = Problem.list(errors: user.errors, warnings: user.warnings)
        pending = user.pendingMutations.map(PendingChange.init)
        isChanging = !pending.isEmpty || problems.contains { $0.code == "being_deleted" }
        status = UserRow.status(for: user, problems: problems, pending: pending)
        searchText = "\(name) \(email) \(phone) \(status) \(id)".lowercased()
    }

    /// Errors first, then a change on its way, suspension, and warnings.
    static func status(for user: AcsUser, problems: [Problem], pending: [PendingChange]) -> String {
        if let errors = Problem.summary(problems.filter { $0.severity == .error }) { return errors }
        if let change = pending.first { return change.words }
        if problems.contains(where: { $0.code == "being_deleted" }) { return "deleting…" }
        if user.isSuspended == true { return "suspended" }
        return Problem.summary(problems) ?? "active"
    }

    public func text(forColumn column: Int) -> String {
        switch column {
        case 0: name
        case 1: email
        case 2: phone
        default: status
        }
    }
}
