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
    /// "suspended", "2 warnings", "linked", ...: the status in words, never by colour alone.
    public let status: String
    public let searchText: String

    public static let columns = [
        ListColumn("Name", width: .flexible(min: 14, weight: 3)),
        ListColumn("Email", width: .flexible(min: 14, weight: 3)),
        ListColumn("Phone", width: .flexible(min: 8, weight: 1)),
        ListColumn("Status", width: .flexible(min: 9, weight: 1)),
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
        if !user.errors.isEmpty { return user.errors.count == 1 ? "error" : "\(user.errors.count) errors" }
        if user.isSuspended == true { return "suspended" }
        if !user.warnings.isEmpty { return user.warnings.count == 1 ? "warning" : "\(user.warnings.count) warnings" }
        return "active"
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
