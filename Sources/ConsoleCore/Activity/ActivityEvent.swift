import Foundation
import SeamAPI

/// One Seam event with what the effect runner learned about the resources it names, as they are
/// now: rows the panes can show at once, and names for the sentence the Activity pane shows.
/// A resource that is gone (deleted since) is nil; the reducer then words the event from the
/// rows it had loaded.
public struct ActivityEvent: Sendable, Equatable {
    public let event: SeamEvent
    /// The ACS user the event names, or the holder of the credential it names.
    public var user: UserRow?
    /// The credential the event names (no PIN: rows never hold one).
    public var credential: CredentialRow?
    /// The entrance an `acs_entrance.*` event names.
    public var entrance: EntranceRow?
    /// The names of the entrances the credential opens.
    public var entranceNames: [String]

    public init(_ event: SeamEvent, user: UserRow? = nil, credential: CredentialRow? = nil, entrance: EntranceRow? = nil,
                entranceNames: [String] = []) {
        self.event = event
        self.user = user
        self.credential = credential
        self.entrance = entrance
        self.entranceNames = entranceNames
    }

    /// When it happened (`occurred_at`, else `created_at`).
    public var time: Date { event.occurredAt ?? event.createdAt }
}

/// The first page of the Activity pane: the newest events of the history window.
public struct ActivityPage: Sendable, Equatable {
    public let events: [ActivityEvent]
    /// The start of the window that was asked, where following begins when it held no event.
    public let since: Date

    public init(events: [ActivityEvent], since: Date) {
        self.events = events
        self.since = since
    }
}

/// One request for what is new since the last answer (`events/list` with `since`), for the
/// Activity pane of this generation.
public struct ActivityPoll: Sendable, Equatable {
    public let since: Date
    /// The building in scope, or nil for every building.
    public let systemID: String?
    public let generation: Int
    /// Time zones of the buildings, for the dates of the rows it brings.
    public let zones: BuildingZones
    /// The newest events already shown: the window overlaps the last answer, and these need no
    /// lookups (the reducer drops them).
    public let seen: Set<String>

    public init(since: Date, systemID: String?, generation: Int, zones: BuildingZones, seen: Set<String> = []) {
        self.since = since
        self.systemID = systemID
        self.generation = generation
        self.zones = zones
        self.seen = seen
    }
}

/// The effect runner's answer to a poll.
public enum ActivityAnswer: Sendable, Equatable {
    /// Events newer than the poll's `since`, newest first.
    case polled(ActivityPoll, [ActivityEvent])
    case failed(ActivityPoll, ConsoleFailure)
}
