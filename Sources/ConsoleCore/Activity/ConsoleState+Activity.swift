import Foundation
import SeamAPI

/// The Activity pane as a feature of the console: its first page is the history window, then
/// one `events/list` per interval asks what is new (a timer with an identity, never a loop), and
/// what is new is worded, listed newest first, and applied to the loaded panes, so a key turning
/// live or a credential deleted elsewhere shows without `r`.
extension ConsoleState {
    /// An event worded with what the console knows now.
    func activityRow(_ item: ActivityEvent) -> ActivityRow {
        ActivityWording.row(item, names: knownNames, zones: zones)
    }

    /// The rows loaded so far, by id, for wording events about resources that are gone.
    private var knownNames: ActivityNames {
        let users = self.users, credentials = self.credentials, entrances = self.entrances, systems = self.systems, holders = self.holders
        return ActivityNames(
            user: { holders[$0] ?? users.row(id: $0)?.name },
            credential: { credentials.row(id: $0) },
            entrance: { entrances.row(id: $0)?.name },
            building: { systems.row(id: $0)?.name })
    }

    /// The first page arrived: following starts from its newest event (or its window's start).
    mutating func followingStarts(after history: ActivityPage) {
        feed.failures = 0
        feed.since = history.events.map(\.event.createdAt).max() ?? history.since
    }

    /// The timer of the next poll, when the console follows events.
    func nextPoll(afterSeconds seconds: Int? = nil) -> [ConsoleEffect] {
        guard let interval = feed.interval else { return [] }
        return [.after(seconds.map { .seconds($0) } ?? interval, .pollEvents, id: .events)]
    }

    /// The poll timer is up: ask what is new, unless the pane is reloading (its answer sets the
    /// next poll) or the API is failing for another request (its backoff applies; look again later).
    mutating func pollEvents() -> [ConsoleEffect] {
        guard feed.interval != nil, activity.hasLoaded, !activity.phase.isBusy, let since = feed.since else { return [] }
        if banner != nil && feed.failures == 0 { return nextPoll() }
        let newest = Set(activity.rows.prefix(ActivityFeed.seenOnPoll).map(\.id))
        let poll = ActivityPoll(since: since - ActivityFeed.overlap, systemID: scope?.systemID, generation: activity.generation,
                                zones: zones, seen: newest)
        return [.call(.pollActivity(poll), id: .events)]
    }

    /// A poll's answer; answers for a pane since reloaded are dropped.
    mutating func receiveActivity(_ answer: ActivityAnswer, now: Date) -> [ConsoleEffect] {
        switch answer {
        case let .polled(poll, events):
            guard poll.generation == activity.generation else { return [] }
            feed.failures = 0
            if banner != nil {
                banner = nil
                flash = Flash(.info, "Connection restored.", now: now)
            }
            let new = events.filter { activity.row(id: $0.event.eventId) == nil }
            feed.since = max(feed.since ?? poll.since, new.map(\.event.createdAt).max() ?? poll.since)
            activity.insertNewest(new.map(activityRow), limit: ActivityFeed.rowLimit)
            let height = listHeight
            withList(.activity) { $0.scrollToCursor(viewportHeight: height) }
            return apply(Array(new.reversed())) + nextPoll()
        case let .failed(poll, failure):
            guard poll.generation == activity.generation else { return [] }
            switch failure.kind {
            case .transient:
                let delay = PageRequest.retryDelaySeconds(attempt: feed.failures)
                feed.failures += 1
                banner = "\(failure.message) Showing the last data; retrying in \(delay) s."
                return nextPoll(afterSeconds: delay)
            case .unauthorized:
                banner = failure.message
                return []
            case .notFound, .rejected, .auditUnavailable:
                flash = Flash(.error, "Activity is no longer followed: \(failure.message) (r on the Activity pane tries again)", now: now)
                return []
            }
        }
    }

    /// Shows in the panes what the events changed, oldest first: rows of resources that changed
    /// are replaced (or added, when they belong to what the pane lists), deleted ones removed,
    /// and an open detail of a changed resource reloads.
    private mutating func apply(_ events: [ActivityEvent]) -> [ConsoleEffect] {
        var changed: Set<String> = []
        for item in events {
            let event = item.event
            switch event.eventType {
            case .acsUserDeleted: event.acsUserId.map { users.remove(id: $0) }
            case .acsCredentialDeleted: event.acsCredentialId.map { credentials.remove(id: $0) }
            case .acsEntranceRemoved: event.acsEntranceId.map { entrances.remove(id: $0) }
            default: break
            }
            if let user = item.user {
                learnHolders([user.id: user.name])
                if shows(user.systemID, in: .users) { users.upsert(user) } else { users.update(user) }
            }
            if let credential = item.credential {
                let row = withHolder(credential)
                if shows(credential.systemID, in: .credentials) { credentials.upsert(row) } else { credentials.update(row) }
            }
            if let entrance = item.entrance {
                if shows(entrance.systemID, in: .entrances) { entrances.upsert(entrance) } else { entrances.update(entrance) }
            }
            changed.formUnion([event.acsUserId, event.acsCredentialId, event.acsEntranceId, event.acsSystemId].compactMap { $0 })
        }
        let height = listHeight
        for pane in [ListPane.users, .entrances, .credentials] { withList(pane) { $0.scrollToCursor(viewportHeight: height) } }
        guard let target = detail?.target, changed.contains(target.id) else { return [] }
        return reloadDetail()
    }

    /// Whether a new row of this building belongs in the pane: loaded, in the building in scope,
    /// and not narrowed by a search the API answered (it may not match).
    private func shows(_ systemID: String, in pane: ListPane) -> Bool {
        list(pane).hasLoaded && (scope == nil || scope?.systemID == systemID) && (serverSearch[pane] ?? "").isEmpty
    }
}
