import Foundation
import SeamAPI

/// What the console already knows by id (the rows it has loaded), for wording events whose
/// resources the effect runner could not look up (deleted since, or beyond its lookups).
public struct ActivityNames {
    public var user: (String) -> String?
    public var credential: (String) -> CredentialRow?
    public var entrance: (String) -> String?
    public var building: (String) -> String?

    public init(user: @escaping (String) -> String? = { _ in nil }, credential: @escaping (String) -> CredentialRow? = { _ in nil },
                entrance: @escaping (String) -> String? = { _ in nil }, building: @escaping (String) -> String? = { _ in nil }) {
        self.user = user
        self.credential = credential
        self.entrance = entrance
        self.building = building
    }
}

/// Turns a Seam event into the sentence a front desk reads ("Mobile key for Jane Doe issued —
/// Main Entrance", "Unit 302: PIN for Guest Plumber issued", "User Amara Singh deleted"). Types it
/// does not know are listed by their type, never dropped.
public enum ActivityWording {
    /// The row of the Activity pane for an event.
    public static func row(_ item: ActivityEvent, names: ActivityNames, zones: BuildingZones) -> ActivityRow {
        let event = item.event
        let systemID = event.acsSystemId ?? item.credential?.systemID ?? item.user?.systemID
        return ActivityRow(
            id: event.eventId, systemID: systemID, time: item.time, zone: systemID.map { zones[$0] } ?? BuildingTime(identifier: nil),
            sentence: sentence(item, names: names), building: systemID.flatMap(names.building) ?? "",
            eventType: event.eventType.rawValue, target: target(item))
    }

    /// The event in words.
    public static func sentence(_ item: ActivityEvent, names: ActivityNames) -> String {
        let event = item.event
        switch event.eventType {
        case .acsCredentialIssued: return credential(item, names: names, verb: "issued")
        case .acsCredentialReissued: return credential(item, names: names, verb: "reissued")
        case .acsCredentialInvalidated: return credential(item, names: names, verb: "invalidated")
        case .acsCredentialDeleted: return credential(item, names: names, verb: "deleted")
        case .acsUserCreated: return user(item, names: names, verb: "created")
        case .acsUserDeleted: return user(item, names: names, verb: "deleted")
        case .acsEntranceAdded: return entrance(item, names: names, verb: "added")
        case .acsEntranceRemoved: return entrance(item, names: names, verb: "removed")
        case .acsSystemConnected: return building(event, names: names, verb: "connected")
        case .acsSystemAdded: return building(event, names: names, verb: "added")
        case .acsSystemDisconnected: return building(event, names: names, verb: "DISCONNECTED")
        default:
            guard event.eventType.isKnown else {
                return event.eventDescription.map { "\(event.eventType.rawValue): \($0)" } ?? event.eventType.rawValue
            }
            return spelledOut(event.eventType)
        }
    }

    /// What Enter opens: the resource the event names, unless the event says it is gone.
    static func target(_ item: ActivityEvent) -> DetailTarget? {
        let event = item.event
        switch event.eventType {
        case .acsCredentialDeleted, .acsUserDeleted, .acsEntranceRemoved: return nil
        default: break
        }
        if let id = event.acsCredentialId { return .credential(id) }
        if let id = event.acsUserId { return .user(id) }
        if let id = event.acsEntranceId { return .entrance(id) }
        if let id = event.acsSystemId { return .system(id) }
        return nil
    }

    /// "Mobile key for Jane Doe issued — Main Entrance"; a PIN opens one door, so it leads:
    /// "Unit 302: PIN for Guest Plumber issued".
    private static func credential(_ item: ActivityEvent, names: ActivityNames, verb: String) -> String {
        let known = item.credential ?? item.event.acsCredentialId.flatMap(names.credential)
        let method = known?.method ?? "credential"
        let holderID = item.user?.id ?? known?.ownerID ?? item.event.acsUserId
        let holder = item.user?.name ?? holderID.flatMap(names.user) ?? known.flatMap { $0.owner.isEmpty ? nil : $0.owner }
        let subject = capitalized(method) + (holder.map { " for \($0)" } ?? "")
        let doors = item.entranceNames
        if method == "PIN", doors.count == 1 { return "\(doors[0]): \(subject) \(verb)" }
        return doors.isEmpty ? "\(subject) \(verb)" : "\(subject) \(verb) — " + doors.joined(separator: ", ")
    }

    private static func user(_ item: ActivityEvent, names: ActivityNames, verb: String) -> String {
        let name = item.user?.name ?? item.event.acsUserId.flatMap(names.user)
        return name.map { "User \($0) \(verb)" } ?? "A user was \(verb)"
    }

    private static func entrance(_ item: ActivityEvent, names: ActivityNames, verb: String) -> String {
        let name = item.entrance?.name ?? item.event.acsEntranceId.flatMap(names.entrance)
        return name.map { "Entrance \($0) \(verb)" } ?? "An entrance was \(verb)"
    }

    private static func building(_ event: SeamEvent, names: ActivityNames, verb: String) -> String {
        let name = event.acsSystemId.flatMap(names.building)
        return name.map { "Building \($0) \(verb)" } ?? "A building was \(verb)"
    }

    /// A known type without a sentence of its own: `access_grant.access_times_changed` →
    /// "Access grant: access times changed".
    private static func spelledOut(_ type: SeamEventType) -> String {
        let parts = type.rawValue.split(separator: ".", maxSplits: 1).map { $0.replacingOccurrences(of: "_", with: " ") }
        guard parts.count == 2 else { return type.rawValue }
        return capitalized(parts[0]) + ": " + parts[1].replacingOccurrences(of: ".", with: " ")
    }

    private static func capitalized(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }
}
