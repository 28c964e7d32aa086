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
        status = UserRow.status(for: user)
        searchText = "\(name) \(email) \(phone) \(status) \(id)".lowercased()
    }

    static func status(for user: AcsUser) -> String {
        if let errors = Problem.summary(user.errors.map(Problem.init)) { return errors }
        if user.isSuspended == true { return "suspended" }
        return Problem.summary(user.warnings.map(Problem.init)) ?? "active"
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
