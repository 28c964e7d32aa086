import ConsoleCore
import Foundation
import SeamAPI
import Testing

/// The Activity pane and the events feed: one poll per interval from a timer with an identity,
/// none while the API is failing, new events worded and applied to the loaded panes.
@Suite struct ActivityReducerTests {
    private static let interval: Duration = .seconds(5)

    private func event(_ id: String, _ type: SeamEventType, at seconds: TimeInterval, system: String = "s1", user: String? = nil,
                       credential: String? = nil, description: String? = nil) -> SeamEvent {
        SeamEvent(eventId: id, eventType: type, workspaceId: "ws", createdAt: Fixtures.now + seconds, eventDescription: description,
                  acsSystemId: system, acsUserId: user, acsCredentialId: credential)
    }

    private func pin(_ id: String, user: String, issued: Bool) -> CredentialRow {
        CredentialRow(AcsCredential(acsCredentialId: id, acsSystemId: "s1", workspaceId: "ws", createdAt: Fixtures.now, displayName: "Main Entrance",
                                    accessMethod: .code, acsUserId: user, startsAt: Fixtures.now - 60, endsAt: Fixtures.now + 3600, isIssued: issued),
                      time: BuildingTime(identifier: nil), now: Fixtures.now)
    }

    /// A started console whose panes and Activity pane (with `history`) have loaded.
    private func following(_ history: [ActivityEvent] = [], interval: Duration? = interval) -> (ConsoleState, [ConsoleEffect]) {
        var state = ConsoleState(connection: ConnectionInfo(label: "SANDBOX", isSandbox: true), activityInterval: interval)
        _ = state.reduce(.start)
        _ = state.reduce(.pageLoaded(.systems([Fixtures.system("s1", "Maple Court")]), request: Fixtures.request(state, .systems), nextCursor: nil))
        _ = state.reduce(.pageLoaded(.users([Fixtures.user("u1", "Jane Doe"), Fixtures.user("u2", "Amara Singh")]),
                                     request: Fixtures.request(state, .users), nextCursor: nil))
        _ = state.reduce(.pageLoaded(.credentials([pin("c1", user: "u1", issued: false)]), request: Fixtures.request(state, .credentials), nextCursor: nil))
        let effects = state.reduce(.pageLoaded(.activity(ActivityPage(events: history, since: Fixtures.now - ActivityFeed.history)),
                                               request: Fixtures.request(state, .activity), nextCursor: nil))
        return (state, effects)
    }

    private func polls(_ effects: [ConsoleEffect]) -> [ActivityPoll] {
        effects.calls.compactMap { if case .pollActivity(let poll) = $0 { poll } else { nil } }
    }

    @Test func theFirstPageArmsOneTimerAndEachTickAsksOnceFromTheNewestEvent() throws {
        let (state, armed) = following([ActivityEvent(event("e1", .acsUserCreated, at: -30, user: "u2"))])
        #expect(armed == [.after(Self.interval, .pollEvents, id: .events)], "the next poll is a timer with the feed's identity")
        var console = state
        let tick = console.reduce(.timer(.pollEvents))
        #expect(tick.count == 1 && tick.first?.id == .events, "one request per tick, under the same identity as the timer")
        let poll = try #require(polls(tick).first)
        #expect(poll.since == Fixtures.now - 30 - ActivityFeed.overlap, "from the newest event seen, with a little overlap")
        #expect(poll.seen == ["e1"], "events already shown are named so they are not looked up again")
        #expect(console.reduce(.activity(.polled(poll, []))) == [.after(Self.interval, .pollEvents, id: .events)],
                "the answer arms the next tick: no loop, one request per interval")
    }

    @Test func newEventsAreListedNewestFirstInWordsAndAppliedToThePanes() throws {
        var (state, _) = following([ActivityEvent(event("e1", .acsUserCreated, at: -30, user: "u2"))])
        let poll = try #require(polls(state.reduce(.timer(.pollEvents))).first)
        let guest = Fixtures.user("u3", "Guest Plumber")
        let answer: [ActivityEvent] = [
            ActivityEvent(event("e4", .acsUserDeleted, at: 3, user: "u2")),
            ActivityEvent(event("e3", .acsCredentialIssued, at: 2, user: "u1", credential: "c1"), user: Fixtures.user("u1", "Jane Doe"),
                          credential: pin("c1", user: "u1", issued: true), entranceNames: ["Unit 302"]),
            ActivityEvent(event("e2", .acsUserCreated, at: 1, user: "u3"), user: guest),
            ActivityEvent(event("e1", .acsUserCreated, at: -30, user: "u2")),
        ]
        _ = state.reduce(.activity(.polled(poll, answer)))
        #expect(state.activity.rows.map(\.id) == ["e4", "e3", "e2", "e1"], "newest first; the overlap's e1 is not listed twice")
        #expect(state.activity.rows.map(\.sentence) == [
            "User Amara Singh deleted", "Unit 302: PIN for Jane Doe issued", "User Guest Plumber created", "User Amara Singh created",
        ], "a deleted user is named from the rows the console had")
        #expect(state.credentials.row(id: "c1")?.status == .live, "the PIN turned live without r")
        #expect(state.users.row(id: "u3")?.name == "Guest Plumber", "a user created elsewhere appears")
        #expect(state.users.row(id: "u2") == nil, "a user deleted elsewhere goes")
        #expect(state.feed.since == Fixtures.now + 3)
    }

    @Test func anOpenDetailOfAChangedResourceReloads() throws {
        var (state, _) = following()
        _ = state.press(.character("4"))
        _ = state.press(.enter)
        let generation = try #require(state.detail?.generation)
        let poll = try #require(polls(state.reduce(.timer(.pollEvents))).first)
        let effects = state.reduce(.activity(.polled(poll, [ActivityEvent(event("e9", .acsCredentialIssued, at: 1, credential: "c1"))])))
        #expect(effects.calls.contains(.loadDetail(.credential("c1"), generation: generation + 1)))
    }

    @Test func noRequestWhileTheAPIIsFailingAndTheFeedBacksOffOnItsOwnFailures() throws {
        var (state, _) = following()
        // A page failed: the banner's backoff applies, the tick only waits for the next one.
        _ = state.reduce(.pageFailed(request: Fixtures.request(state, .users), ConsoleFailure(.transient, "Service unavailable.")))
        #expect(state.banner != nil)
        #expect(state.reduce(.timer(.pollEvents)) == [.after(Self.interval, .pollEvents, id: .events)])
        state.banner = nil

        let poll = try #require(polls(state.reduce(.timer(.pollEvents))).first)
        let first = state.reduce(.activity(.failed(poll, ConsoleFailure(.transient, "Service unavailable."))))
        #expect(first == [.after(.seconds(2), .pollEvents, id: .events)])
        #expect(state.banner?.contains("retrying in 2 s") == true)
        let again = try #require(polls(state.reduce(.timer(.pollEvents))).first, "its own retry is not held back by its own banner")
        #expect(state.reduce(.activity(.failed(again, ConsoleFailure(.transient, "Service unavailable.")))) == [.after(.seconds(4), .pollEvents, id: .events)])
        let third = try #require(polls(state.reduce(.timer(.pollEvents))).first)
        _ = state.reduce(.activity(.polled(third, [])))
        #expect(state.banner == nil && state.flash?.message == "Connection restored.")
    }

    @Test func aReloadedPaneDropsTheAnswerOfAnEarlierPoll() throws {
        var (state, _) = following()
        let poll = try #require(polls(state.reduce(.timer(.pollEvents))).first)
        _ = state.press(.character("6"))
        _ = state.press(.character("r"))
        #expect(state.reduce(.timer(.pollEvents)).isEmpty, "no poll while the pane reloads: its answer sets the next one")
        #expect(state.reduce(.activity(.polled(poll, [ActivityEvent(event("e7", .acsUserCreated, at: 1))]))).isEmpty)
        #expect(state.activity.row(id: "e7") == nil)
    }

    @Test func withoutAnIntervalNothingIsFollowed() {
        var (state, armed) = following(interval: nil)
        #expect(armed.isEmpty)
        #expect(state.reduce(.timer(.pollEvents)).isEmpty)
    }

    @Test func eventsOfUnknownTypesAreListedByTheirType() {
        let (state, _) = following([
            ActivityEvent(event("e1", SeamEventType(rawValue: "lock.battery_low"), at: 0, description: "The battery is low.")),
            ActivityEvent(event("e2", .accessGrantAccessTimesChanged, at: -1)),
        ])
        #expect(state.activity.rows.map(\.sentence) == ["lock.battery_low: The battery is low.", "Access grant: access times changed"])
    }

    @Test func enterOpensWhatTheEventNamesAndSaysWhenItIsGone() {
        var (state, _) = following([
            ActivityEvent(event("e2", .acsUserDeleted, at: 0, user: "u9")),
            ActivityEvent(event("e1", .acsCredentialIssued, at: -1, credential: "c1")),
        ])
        _ = state.press(.character("6"))
        _ = state.press(.enter)
        #expect(state.detail == nil)
        #expect(state.flash?.message.contains("names nothing that still exists") == true)
        _ = state.press(.down)
        let effects = state.press(.enter)
        #expect(effects.calls.contains { if case .loadDetail(.credential("c1"), _) = $0 { true } else { false } })
    }

    @Test func theFilterOfTheActivityPaneIsLocalOnly() {
        var (state, _) = following([ActivityEvent(event("e1", .acsUserCreated, at: 0, user: "u2"))])
        _ = state.press(.character("6"))
        _ = state.press(.character("/"))
        let typed = state.type("amara")
        let pause = typed.compactMap(\.timer).last
        #expect(state.activity.count == 1)
        if let pause { #expect(state.reduce(.timer(pause)).isEmpty, "events/list has no search: nothing is asked") }
    }
}
