import ConsoleCore
import Foundation
import SeamAPI

/// Reads Seam events for the Activity pane and looks up, for the newest of them, the resources
/// they name as they are now, so the pane can word them ("Mobile key for Jane Doe issued —
/// Main Entrance") and the other panes can show the change. Lookups are bounded per answer: the
/// reducer words the rest from the rows it has loaded.
struct ActivityRunner: Sendable {
    /// Events looked up per answer at most (each costs up to three reads).
    static let lookupLimit = 12

    let client: SeamClient
    let clock: any ConsoleClock

    /// The Activity pane's first page: the newest events of the history window.
    func history(_ request: PageRequest) async throws -> ActivityPage {
        let since = clock.now() - ActivityFeed.history
        let events = try await client.events.list(EventListParameters(
            window: .since(since), acsSystemId: request.systemID, limit: ActivityFeed.historyLimit))
        return ActivityPage(events: await describe(events, zones: request.zones), since: since)
    }

    /// What is new since the poll's `since`; nil when the poll was cancelled (a newer one replaced it).
    func poll(_ poll: ActivityPoll) async -> ActivityAnswer? {
        do {
            let events = try await client.events.list(EventListParameters(window: .since(poll.since), acsSystemId: poll.systemID))
            return .polled(poll, await describe(events.filter { !poll.seen.contains($0.eventId) }, zones: poll.zones))
        } catch {
            if error is CancellationError || Task.isCancelled { return nil }
            return .failed(poll, ConsoleFailure(error))
        }
    }

    /// The events, newest first, the first `lookupLimit` with their resources looked up.
    private func describe(_ events: [SeamEvent], zones: BuildingZones) async -> [ActivityEvent] {
        let looked = await withTaskGroup(of: (Int, ActivityEvent).self) { group in
            for (index, event) in events.prefix(Self.lookupLimit).enumerated() {
                group.addTask { (index, await lookUp(event, zones: zones)) }
            }
            var found: [Int: ActivityEvent] = [:]
            for await (index, item) in group { found[index] = item }
            return found
        }
        return events.enumerated().map { looked[$0.offset] ?? ActivityEvent($0.element) }
    }

    /// The resources one event names, as the API holds them now (nil where gone).
    private func lookUp(_ event: SeamEvent, zones: BuildingZones) async -> ActivityEvent {
        var item = ActivityEvent(event)
        switch event.eventType {
        case .acsCredentialIssued, .acsCredentialReissued, .acsCredentialInvalidated:
            guard let id = event.acsCredentialId, let credential = try? await client.acs.credentials.get(acsCredentialId: id) else { break }
            let holder = await user(credential.acsUserId)
            item.user = holder
            item.credential = CredentialRow(credential, ownerName: holder?.name, time: zones[credential.acsSystemId], now: clock.now())
            item.entranceNames = (try? await client.acs.credentials.listAccessibleEntrances(acsCredentialId: id))?.map(\.displayName) ?? []
        case .acsCredentialDeleted, .acsUserCreated:
            item.user = await user(event.acsUserId)
        case .acsEntranceAdded:
            guard let id = event.acsEntranceId else { break }
            item.entrance = (try? await client.acs.entrances.get(acsEntranceId: id)).map(EntranceRow.init)
        default:
            break
        }
        return item
    }

    private func user(_ id: String?) async -> UserRow? {
        guard let id else { return nil }
        return (try? await client.acs.users.get(.acsUserId(id))).map(UserRow.init)
    }
}
