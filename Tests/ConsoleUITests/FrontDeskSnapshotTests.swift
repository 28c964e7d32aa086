import ConsoleCore
import ConsoleUI
import Foundation
import SeamAPI
import KeydeskTestSupport
import Testing

/// The front desk's day at 80x24 over the loaded console of `ConsoleScreenSnapshotTests`: a
/// guest's PIN shown once, a move-out's summary, and the Activity pane.
@Suite struct FrontDeskSnapshotTests {
    private typealias Screen = ConsoleScreenSnapshotTests

    @Test func guestPINShownOnceLargeAndSpaced() throws {
        var state = Screen.loadedState()
        Screen.press(&state, .character("g"))
        for character in "Bob Plumber" { Screen.press(&state, .character(character)) }
        Screen.press(&state, .enter)
        let serial = try #require(state.guest?.serial)
        func answer(_ answer: GuestAnswer) { _ = state.reduce(.guest(answer), now: Screen.now) }
        answer(.usersFound(serial: serial, [], search: "Bob Plumber"))
        Screen.press(&state, .enter)
        answer(.entrancesLoaded(serial: serial, Screen.entrances.map(EntranceRow.init)))
        Screen.press(&state, .enter, .enter, .enter)
        answer(.guestUserCreated(serial: serial, acsUserID: "u9"))
        answer(.pinCreated(serial: serial, entranceID: "e1", credentialID: "c9", code: "4821937"))
        answer(.pinsFollowed(serial: serial, issued: ["c9"], timedOut: false))
        let text = Screen.render(state)
        #expect(text.contains("4   8   2   1   9   3   7"))
        assertSnapshot(text, suite: "FrontDesk", named: "guest-pin-reveal")

        Screen.press(&state, .enter)
        #expect(!Screen.render(state).contains("4   8   2"), "shown once")
    }

    @Test func moveOutSummaryNamesTheCountsWithCancelFocused() throws {
        var state = Screen.loadedState()
        Screen.press(&state, .character("2"), .character("O"))
        let serial = try #require(state.moveOut?.serial)
        let plan = sampleMoveOutPlan(buildings: "sys-a", "sys-b")
        _ = state.reduce(.moveOut(.gathered(serial: serial, plan)), now: Screen.now)
        Screen.press(&state, .down, .character(" "))
        let text = Screen.render(state)
        #expect(text.contains("Holds 3 keys and 1 PIN in 2 buildings"))
        #expect(text.contains("[> Cancel <]"))
        assertSnapshot(text, suite: "FrontDesk", named: "move-out-summary")
    }

    @Test func activityPaneNewestFirstInWords() {
        var state = Screen.loadedState()
        func event(_ id: String, _ type: SeamEventType, minutesAgo: Double, user: String? = nil, credential: String? = nil) -> SeamEvent {
            SeamEvent(eventId: id, eventType: type, workspaceId: "ws", createdAt: Screen.now - minutesAgo * 60, acsSystemId: "sys-a",
                      acsUserId: user, acsCredentialId: credential)
        }
        let guest = UserRow(AcsUser(acsUserId: "u9", acsSystemId: "sys-a", workspaceId: "ws", createdAt: Screen.now, displayName: "Guest Plumber",
                                    fullName: "Guest Plumber"))
        let pin = CredentialRow(Screen.pending, ownerName: "Guest Plumber", time: state.zones["sys-a"], now: Screen.now)
        let history = [
            ActivityEvent(event("e5", SeamEventType(rawValue: "lock.battery_low"), minutesAgo: 2)),
            ActivityEvent(event("e4", .acsUserDeleted, minutesAgo: 5, user: "u4")),
            ActivityEvent(event("e3", .acsCredentialIssued, minutesAgo: 9, user: "u9", credential: "c2"), user: guest, credential: pin,
                          entranceNames: ["Unit 1204"]),
            ActivityEvent(event("e2", .acsUserCreated, minutesAgo: 10, user: "u9"), user: guest),
            ActivityEvent(event("e1", .acsCredentialIssued, minutesAgo: 60, user: "u1", credential: "c1"),
                          entranceNames: ["Main Lobby", "Unit 1204"]),
        ]
        let request = PageRequest(pane: .activity, systemID: state.scope?.systemID, search: nil, cursor: nil,
                                  generation: state.activity.generation, zones: state.zones)
        _ = state.reduce(.pageLoaded(.activity(ActivityPage(events: history, since: Screen.now - ActivityFeed.history)), request: request, nextCursor: nil),
                         now: Screen.now)
        Screen.press(&state, .character("6"))
        state.flash = nil
        let text = Screen.render(state)
        #expect(state.activity.rows.map(\.sentence).last == "Mobile key for Jane Doe issued — Main Lobby, Unit 1204",
                "the holder's name comes from the credentials the console had loaded")
        assertSnapshot(text, suite: "FrontDesk", named: "activity")
    }
}
