import Foundation

/// An event as the Activity pane lists it: when (in its building's time zone), what happened in
/// words, and where; Enter opens the resource it names.
public struct ActivityRow: ListRow {
    /// The event's id.
    public let id: String
    public let systemID: String?
    public let time: Date
    public let zone: BuildingTime
    /// "Mobile key for Jane Doe issued — Main Entrance".
    public let sentence: String
    /// The building's name, or "" when unknown.
    public let building: String
    /// The event's type as Seam sent it (`acs_credential.issued`).
    public let eventType: String
    /// What Enter opens; nil when the event names nothing that still exists.
    public let target: DetailTarget?
    public let searchText: String

    public static let columns = [
        ListColumn("Time", width: .fixed(16)),
        ListColumn("What happened", width: .flexible(min: 20, weight: 4)),
        ListColumn("Building", width: .flexible(min: 8, weight: 1)),
    ]

    public init(id: String, systemID: String?, time: Date, zone: BuildingTime, sentence: String, building: String,
                eventType: String, target: DetailTarget?) {
        self.id = id
        self.systemID = systemID
        self.time = time
        self.zone = zone
        self.sentence = sentence
        self.building = building
        self.eventType = eventType
        self.target = target
        searchText = "\(sentence) \(building) \(eventType)".lowercased()
    }

    public func text(forColumn column: Int) -> String {
        switch column {
        case 0: zone.format(time)
        case 1: sentence
        default: building
        }
    }

    public func sortKey(forColumn column: Int) -> String {
        guard column == 0 else { return text(forColumn: column).lowercased() }
        return String(format: "%014.0f", time.timeIntervalSince1970 * 1000 + 1e12)
    }
}
