import Foundation
import SeamAPI

/// A door (an ACS entrance) as the Entrances pane lists it, with its Latch door data.
public struct EntranceRow: ListRow {
    public let id: String
    public let systemID: String
    public let name: String
    public let doorType: String
    public let accessibility: String
    public let connection: String
    /// Its warnings in words (needs setup, privacy mode, …).
    public let problems: [Problem]

    public static let columns = [
        ListColumn("Entrance", width: .flexible(min: 16, weight: 3)),
        ListColumn("Door type", width: .flexible(min: 10, weight: 2)),
        ListColumn("Access", width: .flexible(min: 8, weight: 1)),
        ListColumn("Status", width: .flexible(min: 9, weight: 2)),
    ]

    public init(_ entrance: AcsEntrance) {
        id = entrance.acsEntranceId
        systemID = entrance.acsSystemId
        name = entrance.displayName
        doorType = EntranceRow.words(entrance.latchMetadata?.doorType) ?? "—"
        accessibility = EntranceRow.words(entrance.latchMetadata?.accessibilityType) ?? "—"
        switch entrance.latchMetadata?.isConnected {
        case true?: connection = "online"
        case false?: connection = "OFFLINE"
        case nil: connection = "—"
        }
        problems = Problem.list(errors: entrance.errors, warnings: entrance.warnings)
    }

    /// `common_area` → "common area".
    static func words(_ value: String?) -> String? {
        value.map { $0.replacingOccurrences(of: "_", with: " ") }
    }

    public func text(forColumn column: Int) -> String {
        switch column {
        case 0: name
        case 1: doorType
        case 2: accessibility
        default: connection == "OFFLINE" ? connection : Problem.summary(problems) ?? connection
        }
    }

    public var searchText: String { "\(name) \(doorType) \(accessibility) \(id)".lowercased() }
}
