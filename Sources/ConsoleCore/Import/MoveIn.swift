import Foundation
import SeamAPI

/// One validated row of a residents file: the resident, the building and what to issue them.
/// The import creates exactly this, and the journal and the report speak of it by `line`.
public struct MoveIn: Sendable, Equatable {
    public let line: Int
    public let email: String
    public let fullName: String
    public let phone: String?
    public let building: ImportBuilding
    public let entrances: [ImportEntrance]
    public let startsAt: Date
    public let endsAt: Date
    public let method: MoveInMethod

    public init(line: Int, email: String, fullName: String, phone: String?, building: ImportBuilding,
                entrances: [ImportEntrance], startsAt: Date, endsAt: Date, method: MoveInMethod) {
        self.line = line
        self.email = email
        self.fullName = fullName
        self.phone = phone
        self.building = building
        self.entrances = entrances
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.method = method
    }

    /// The entrance ids, in the order the file gives them.
    public var entranceIDs: [String] { entrances.map(\.id) }

    /// "a mobile key to Jane Doe <jane@example.com> at Maple Court: Main Entrance, Gym,
    /// 2026-12-01 00:00 to 2027-11-30 23:59 America/New_York".
    public var summary: String {
        let time = building.time
        return "\(method.article) to \(fullName) <\(email)> at \(building.name): \(entrances.map(\.name).joined(separator: ", ")), "
            + "\(time.format(startsAt)) to \(time.format(endsAt)) \(time.label)"
    }
}

/// What a row issues: a Latch mobile key (the default) or a PIN the building generates.
public enum MoveInMethod: String, Sendable, Equatable, Codable {
    case mobileKey = "mobile_key"
    case pin

    /// The API's access method.
    public var accessMode: AccessMode {
        switch self {
        case .mobileKey: .mobileKey
        case .pin: .code
        }
    }

    var article: String {
        switch self {
        case .mobileKey: "a mobile key"
        case .pin: "a PIN"
        }
    }

    /// The method a cell names: empty, `mobile_key` (or `mobile key`, `mobile`, `key`) or `pin` (or `code`).
    public static func named(_ text: String) -> MoveInMethod? {
        switch ResidentField.normalized(text) {
        case "", "mobilekey", "mobile", "key": .mobileKey
        case "pin", "code", "pincode": .pin
        default: nil
        }
    }
}
