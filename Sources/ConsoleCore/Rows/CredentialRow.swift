import Foundation
import SeamAPI

/// A credential (a mobile key or a PIN) as the Credentials pane lists it.
///
/// Dates are kept as instants and formatted only when a cell is drawn, in the building's
/// time zone, so that loading 100,000 credentials does no date formatting at all.
public struct CredentialRow: ListRow {
    public let id: String
    public let systemID: String
    public let name: String
    public private(set) var owner: String
    /// The ACS user holding the credential, so the console can show their name.
    public let ownerID: String?
    public let method: String
    /// The multi-phone-sync key this is one phone's copy of; such copies are not rows of their
    /// own but counted on their parent's row.
    public let parentID: String?
    /// How many phones hold a copy of this key (its child credentials the console has seen).
    public private(set) var phones = 0
    public let startsAt: Date?
    public let endsAt: Date?
    public let status: CredentialStatus
    public private(set) var time: BuildingTime
    public private(set) var searchText: String

    public static let columns = [
        ListColumn("Holder", width: .flexible(min: 14, weight: 3)),
        ListColumn("Method", width: .flexible(min: 10, weight: 1)),
        ListColumn("Ends", width: .fixed(16)),
        ListColumn("Status", width: .flexible(min: 9, weight: 1)),
    ]

    /// - Parameters:
    ///   - ownerName: the owner's name when the console knows it, else the credential's own name is shown.
    ///   - time: the building's time zone.
    ///   - now: the instant the status ("expired", "scheduled") is judged against.
    ///   - interner: shares repeated strings (building ids, display names) between rows.
    public init(_ credential: AcsCredential, ownerName: String? = nil, time: BuildingTime, now: Date,
                interner: StringInterner? = nil) {
        id = credential.acsCredentialId
        systemID = interner?.intern(credential.acsSystemId) ?? credential.acsSystemId
        name = interner?.intern(credential.displayName) ?? credential.displayName
        owner = ownerName ?? ""
        ownerID = credential.acsUserId
        method = CredentialRow.methodName(credential.accessMethod)
        parentID = credential.parentAcsCredentialId
        startsAt = credential.startsAt
        endsAt = credential.endsAt
        status = CredentialStatus(credential, now: now)
        self.time = time
        // Ids are left out of the local filter (the API's `search` matches them); repeated
        // texts share one copy.
        let words = Self.searchWords(name: credential.displayName, owner: ownerName ?? "", method: method, status: status)
        searchText = interner?.intern(words) ?? words
    }

    /// This row with its holder's name, for a user whose name arrived after the credential.
    public func withOwner(_ ownerName: String) -> CredentialRow {
        var row = self
        row.owner = ownerName
        row.searchText = Self.searchWords(name: name, owner: ownerName, method: method, status: status)
        return row
    }

    /// This row with its dates shown in `time` (the building's zone, once known).
    public func withTime(_ time: BuildingTime) -> CredentialRow {
        var row = self
        row.time = time
        return row
    }

    /// This row counting `count` phones (its child credentials).
    public func withPhones(_ count: Int) -> CredentialRow {
        var row = self
        row.phones = count
        return row
    }

    /// "mobile key, 2 phones".
    public var methodWords: String {
        phones == 0 ? method : "\(method), \(phones) phone\(phones == 1 ? "" : "s")"
    }

    /// The Method column in fewer cells: "key, 2 phones", then "2 phones" (the count is what a
    /// narrow terminal used to cut: "mobile key, 2…").
    public func shorterTexts(forColumn column: Int) -> [String] {
        guard column == 1, phones > 0 else { return [] }
        let count = "\(phones) phone\(phones == 1 ? "" : "s")"
        return method == "mobile key" ? ["key, \(count)", count] : [count]
    }

    private static func searchWords(name: String, owner: String, method: String, status: CredentialStatus) -> String {
        "\(name) \(owner) \(method) \(status.word)".lowercased()
    }

    public static func methodName(_ method: AccessMode) -> String {
        switch method {
        case .mobileKey: "mobile key"
        case .code: "PIN"
        case .card: "card"
        case .cloudKey: "cloud key"
        case .unknown(let raw): raw
        }
    }

    public func text(forColumn column: Int) -> String {
        switch column {
        case 0: owner.isEmpty ? name : owner
        case 1: methodWords
        case 2: endsAt.map(time.format) ?? "no end"
        default: status.word
        }
    }

    public func sortKey(forColumn column: Int) -> String {
        guard column == 2 else { return text(forColumn: column).lowercased() }
        return endsAt.map { String(format: "%014.0f", $0.timeIntervalSince1970 + 1e12) } ?? "~"
    }
}
