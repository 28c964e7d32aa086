import ConsoleCore
import Foundation
import SeamAPI

/// A Seam resource as `keydesk list` prints it: encoded as JSON under Seam's own field names
/// (the model's coding keys), as CSV columns named after Seam's fields (nested ones dotted, as
/// `location.time_zone`), and as the console's table columns, with the id first.
protocol ListedResource: Encodable, Sendable {
    static var csvHeader: [String] { get }
    var csvFields: [String] { get }
    static var tableColumns: [ListColumn] { get }
    func tableCells(_ context: ListContext) -> [String]
}

/// What table cells need beyond the item: the buildings' time zones and the time now.
struct ListContext: Sendable {
    var zones: [String: BuildingTime] = [:]
    var now = Date()
}

/// CSV cell text for values of Seam's objects.
enum CSVCell {
    static func text(_ value: String?) -> String { value ?? "" }
    static func text(_ value: Bool?) -> String { value.map { $0 ? "true" : "false" } ?? "" }
    static func text(_ value: Int?) -> String { value.map(String.init) ?? "" }
    static func text(_ value: Date?) -> String { value.map(SeamDate.format) ?? "" }
    /// Codes of errors or warnings, `;`-separated.
    static func codes(_ values: [String]) -> String { values.joined(separator: ";") }
}

private let idColumn = ListColumn("ID", width: .fixed(36))

extension AcsSystem: ListedResource {
    static let csvHeader = ["acs_system_id", "name", "system_type", "external_type", "is_credential_manager",
                            "default_credential_manager_acs_system_id", "location.time_zone", "acs_user_count",
                            "connected_account_id", "created_at", "errors", "warnings"]
    var csvFields: [String] {
        [acsSystemId, name, CSVCell.text(systemType), CSVCell.text(externalType), CSVCell.text(isCredentialManager),
         CSVCell.text(defaultCredentialManagerAcsSystemId), CSVCell.text(location?.timeZone), CSVCell.text(acsUserCount),
         CSVCell.text(connectedAccountId), CSVCell.text(createdAt), CSVCell.codes(errors.map(\.errorCode.rawValue)),
         CSVCell.codes(warnings.map(\.warningCode.rawValue))]
    }
    static var tableColumns: [ListColumn] { [idColumn] + SystemRow.columns }
    func tableCells(_ context: ListContext) -> [String] {
        let row = SystemRow(self)
        return [acsSystemId] + SystemRow.columns.indices.map(row.text(forColumn:))
    }
}

extension AcsUser: ListedResource {
    static let csvHeader = ["acs_user_id", "acs_system_id", "full_name", "email_address", "phone_number", "user_identity_id",
                            "is_suspended", "access_schedule.starts_at", "access_schedule.ends_at", "created_at", "errors", "warnings"]
    var csvFields: [String] {
        [acsUserId, acsSystemId, CSVCell.text(fullName), CSVCell.text(emailAddress ?? email), CSVCell.text(phoneNumber),
         CSVCell.text(userIdentityId), CSVCell.text(isSuspended), CSVCell.text(accessSchedule?.startsAt),
         CSVCell.text(accessSchedule?.endsAt), CSVCell.text(createdAt), CSVCell.codes(errors.map(\.errorCode.rawValue)),
         CSVCell.codes(warnings.map(\.warningCode.rawValue))]
    }
    static var tableColumns: [ListColumn] { [idColumn] + UserRow.columns }
    func tableCells(_ context: ListContext) -> [String] {
        let row = UserRow(self)
        return [acsUserId] + UserRow.columns.indices.map(row.text(forColumn:))
    }
}

extension AcsEntrance: ListedResource {
    static let csvHeader = ["acs_entrance_id", "acs_system_id", "display_name", "latch_metadata.door_type",
                            "latch_metadata.accessibility_type", "can_unlock_with_mobile_key", "can_unlock_with_code",
                            "created_at", "errors", "warnings"]
    var csvFields: [String] {
        [acsEntranceId, acsSystemId, displayName, CSVCell.text(latchMetadata?.doorType), CSVCell.text(latchMetadata?.accessibilityType),
         CSVCell.text(canUnlockWithMobileKey), CSVCell.text(canUnlockWithCode), CSVCell.text(createdAt),
         CSVCell.codes(errors.map(\.errorCode.rawValue)), CSVCell.codes(warnings.map(\.warningCode.rawValue))]
    }
    static var tableColumns: [ListColumn] { [idColumn] + EntranceRow.columns }
    func tableCells(_ context: ListContext) -> [String] {
        let row = EntranceRow(self)
        return [acsEntranceId] + EntranceRow.columns.indices.map(row.text(forColumn:))
    }
}

extension AcsCredential: ListedResource {
    static let csvHeader = ["acs_credential_id", "acs_system_id", "acs_user_id", "user_identity_id", "display_name", "access_method",
                            "code", "starts_at", "ends_at", "is_issued", "issued_at", "is_multi_phone_sync_credential",
                            "parent_acs_credential_id", "created_at", "errors", "warnings"]
    var csvFields: [String] {
        [acsCredentialId, acsSystemId, CSVCell.text(acsUserId), CSVCell.text(userIdentityId), displayName, accessMethod.rawValue,
         CSVCell.text(code), CSVCell.text(startsAt), CSVCell.text(endsAt), CSVCell.text(isIssued), CSVCell.text(issuedAt),
         CSVCell.text(isMultiPhoneSyncCredential), CSVCell.text(parentAcsCredentialId), CSVCell.text(createdAt),
         CSVCell.codes(errors.map(\.errorCode.rawValue)), CSVCell.codes(warnings.map(\.warningCode.rawValue))]
    }
    static var tableColumns: [ListColumn] { [idColumn] + CredentialRow.columns }
    func tableCells(_ context: ListContext) -> [String] {
        let row = CredentialRow(self, time: context.zones[acsSystemId] ?? BuildingTime(identifier: nil), now: context.now)
        return [acsCredentialId] + CredentialRow.columns.indices.map(row.text(forColumn:))
    }
}

extension SeamEvent: ListedResource {
    static let csvHeader = ["event_id", "event_type", "occurred_at", "created_at", "acs_system_id", "acs_user_id",
                            "acs_credential_id", "acs_entrance_id", "user_identity_id", "event_description"]
    var csvFields: [String] {
        [eventId, eventType.rawValue, CSVCell.text(occurredAt), CSVCell.text(createdAt), CSVCell.text(acsSystemId),
         CSVCell.text(acsUserId), CSVCell.text(acsCredentialId), CSVCell.text(acsEntranceId), CSVCell.text(userIdentityId),
         CSVCell.text(eventDescription)]
    }
    static let tableColumns = [
        idColumn,
        ListColumn("Occurred (UTC)", width: .fixed(16)),
        ListColumn("Event", width: .flexible(min: 20, weight: 2)),
        ListColumn("Description", width: .flexible(min: 20, weight: 3)),
    ]
    func tableCells(_ context: ListContext) -> [String] {
        [eventId, BuildingTime(identifier: nil).format(occurredAt ?? createdAt), eventType.rawValue, eventDescription ?? ""]
    }
}
