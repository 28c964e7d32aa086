import ConsoleCore
import Foundation
import SeamAPI
import Testing

/// The guest PIN flow's reducer: who, which entrance, when, then one ACS user (for a new guest)
/// and one PIN per entrance, followed to issued, shown once.
@Suite struct GuestReducerTests {
    private let building = Fixtures.system("s1", "Maple Court")
    private let doors = [
        EntranceRow(AcsEntrance(acsEntranceId: "e1", acsSystemId: "s1", createdAt: Fixtures.now, displayName: "Main Entrance")),
        EntranceRow(AcsEntrance(acsEntranceId: "e2", acsSystemId: "s1", createdAt: Fixtures.now, displayName: "Unit 302")),
    ]

    /// A console scoped to Maple Court with the guest flow open.
    private func opened(readOnly: Bool = false) -> ConsoleState {
        var state = ConsoleState(connection: ConnectionInfo(label: "SANDBOX", isSandbox: true, readOnly: readOnly), activityInterval: nil)
        _ = state.reduce(.start)
        _ = state.reduce(.pageLoaded(.systems([building]), request: Fixtures.request(state, .systems), nextCursor: nil))
        _ = state.press(.enter)
        _ = state.press(.escape)
        _ = state.press(.character("g"))
        return state
    }

    private func guestEffects(_ effects: [ConsoleEffect]) -> [GuestEffect] {
        effects.calls.compactMap { if case .guest(let effect) = $0 { effect } else { nil } }
    }

    private func serial(_ state: ConsoleState) -> Date { state.guest!.serial }

    /// From `opened()`: a new guest "Bob Plumber" at the entrances, as far as the times.
    private func atTheTimes(entrances keys: [Key] = [.character(" "), .enter]) -> ConsoleState {
        var state = opened()
        _ = state.type("Bob Plumber")
        _ = state.press(.enter)
        _ = state.reduce(.guest(.usersFound(serial: serial(state), [], search: "Bob Plumber")))
        let load = guestEffects(state.press(.enter))
        #expect(load == [.loadEntrances(serial: serial(state), systemID: "s1")])
        _ = state.reduce(.guest(.entrancesLoaded(serial: serial(state), doors)))
        for key in keys { _ = state.press(key) }
        return state
    }

    @Test func readOnlyRefusesTheFlow() {
        let state = opened(readOnly: true)
        #expect(state.guest == nil)
        #expect(state.flash?.message.contains("Read-only") == true)
    }

    @Test func aNameSearchesTheBuildingAndTheLastLineIsANewGuest() {
        var state = opened()
        #expect(state.guest?.step == .who)
        #expect(guestEffects(state.press(.enter)).isEmpty, "no name, no search")
        #expect(state.guest?.fieldErrors[.name] != nil)
        _ = state.type("jane")
        #expect(guestEffects(state.press(.enter)) == [.searchUsers(serial: serial(state), systemID: "s1", text: "jane")])
        _ = state.reduce(.guest(.usersFound(serial: serial(state), [Fixtures.user("u1", "Jane Doe")], search: "jane")))
        #expect(state.keyScopes.first == GuestKeymap.matches)
        _ = state.press(.enter)
        #expect(state.guest?.guest == .existing(Fixtures.user("u1", "Jane Doe")))
        #expect(state.guest?.step == .entrances)
    }

    @Test func aNewGuestsEmailIsOptionalButCheckedWhenTyped() {
        var state = opened()
        _ = state.type("Bob Plumber")
        _ = state.press(.tab)
        _ = state.type("bob@nowhere")
        _ = state.press(.enter)
        _ = state.reduce(.guest(.usersFound(serial: serial(state), [], search: "Bob Plumber")))
        _ = state.press(.enter)
        #expect(state.guest?.fieldErrors[.email]?.contains("optional") == true)
        #expect(state.guest?.email.text == "bob@nowhere", "nothing typed is lost")
        _ = state.press(.tab)
        _ = state.press(.tab) // back on the email
        _ = state.press(.control("u"))
        _ = state.press(.enter)
        #expect(state.guest?.guest == .new(name: "Bob Plumber", email: nil))
    }

    @Test func presetsAreInTheBuildingsTimeZone() throws {
        var state = atTheTimes()
        #expect(state.guest?.step == .when)
        let time = BuildingTime(identifier: "America/New_York")
        _ = state.press(.down)
        _ = state.press(.down)
        #expect(state.guest?.window == .tomorrowDaytime)
        _ = state.press(.enter)
        let guest = try #require(state.guest)
        #expect(guest.step == .review)
        let starts = try #require(guest.startsAt), ends = try #require(guest.endsAt)
        #expect(time.format(starts).hasSuffix("08:00") && time.format(ends).hasSuffix("18:00"))
        #expect(ends.timeIntervalSince(starts) == 10 * 3600)
        #expect(starts > Fixtures.now)
    }

    @Test func typedTimesNeedAnEndInTheFuture() {
        var state = atTheTimes()
        _ = state.press(.up)
        for _ in 0..<3 { _ = state.press(.down) }
        #expect(state.guest?.window == .typed)
        _ = state.press(.tab)
        _ = state.press(.tab)
        #expect(state.guest?.focusedField == .end)
        _ = state.press(.control("u"))
        _ = state.type("2020-01-01 10:00")
        _ = state.press(.enter)
        #expect(state.guest?.fieldErrors[.end] == "End must be in the future.")
        #expect(state.guest?.step == .when)
        #expect(state.guest?.endText.text == "2020-01-01 10:00")
    }

    @Test func twoDoorsGetOnePINEachThenThePINsAreFollowedAndShownOnce() throws {
        var state = atTheTimes(entrances: [.character(" "), .down, .character(" "), .enter])
        #expect(state.guest?.chosenEntrances == ["e1", "e2"])
        _ = state.press(.enter) // the next 2 hours
        #expect(state.guest?.step == .review)
        let s = serial(state)
        #expect(guestEffects(state.press(.enter)) == [.createGuestUser(serial: s, systemID: "s1", name: "Bob Plumber", email: nil)])
        let ends = Fixtures.now + 2 * 3600
        #expect(guestEffects(state.reduce(.guest(.guestUserCreated(serial: s, acsUserID: "u9"))))
                == [.createPIN(serial: s, acsUserID: "u9", entranceID: "e1", startsAt: Fixtures.now, endsAt: ends)])
        #expect(guestEffects(state.reduce(.guest(.pinCreated(serial: s, entranceID: "e1", credentialID: "c1", code: "1234567"))))
                == [.createPIN(serial: s, acsUserID: "u9", entranceID: "e2", startsAt: Fixtures.now, endsAt: ends)])
        let follow = state.reduce(.guest(.pinCreated(serial: s, entranceID: "e2", credentialID: "c2", code: "7654321")))
        #expect(guestEffects(follow) == [.followPINs(serial: s, credentialIDs: ["c1", "c2"])])
        #expect(follow.first?.id == .guest, "following is a read under the flow's identity")
        #expect(state.keyScopes.first == GuestKeymap.following)

        _ = state.reduce(.guest(.pinsFollowed(serial: s, issued: ["c1", "c2"], timedOut: false)))
        let guest = try #require(state.guest)
        #expect(guest.step == .reveal)
        #expect(guest.made.pins.map(\.code) == ["1234567", "7654321"])
        #expect(guest.made.pins.map(\.entranceName) == ["Main Entrance", "Unit 302"])
        let closing = state.press(.enter)
        #expect(state.guest == nil, "the PINs are forgotten once the reveal closes")
        #expect(state.flash?.message.contains("masked") == true)
        #expect(state.flash?.message.contains("1234567") == false)
        #expect(closing.pageRequests.map(\.pane) == [.users, .credentials], "the new user and PINs show in the panes")
    }

    @Test func aFailedPINIsRetriedWithoutMakingTheGuestAgain() throws {
        var state = atTheTimes()
        _ = state.press(.enter)
        let s = serial(state)
        _ = state.press(.enter)
        _ = state.reduce(.guest(.guestUserCreated(serial: s, acsUserID: "u9")))
        _ = state.reduce(.guest(.failed(serial: s, GuestFailure(message: "Service unavailable."))))
        #expect(state.guest?.failure == "Service unavailable.")
        #expect(state.keyScopes.first == GuestKeymap.retry)
        let retry = guestEffects(state.press(.enter))
        #expect(retry == [.createPIN(serial: s, acsUserID: "u9", entranceID: "e1", startsAt: Fixtures.now, endsAt: Fixtures.now + 7200)])
        _ = state.reduce(.guest(.failed(serial: s, GuestFailure(message: "Service unavailable."))))
        _ = state.press(.escape)
        #expect(state.guest == nil)
        #expect(state.flash?.message == "Bob Plumber was added to Maple Court, but no PIN was made.")
    }

    @Test func answersOfAnEarlierFlowAreDropped() {
        var state = opened()
        _ = state.type("Bob")
        _ = state.press(.enter)
        _ = state.reduce(.guest(.usersFound(serial: Fixtures.now - 1, [Fixtures.user("u1", "Bob Old")], search: "Bob")))
        #expect(state.guest?.matches == nil)
    }

    @Test func colonGuestWithANameFillsIt() {
        var state = opened()
        _ = state.press(.escape)
        _ = state.type(":guest Bob Plumber")
        _ = state.press(.enter)
        #expect(state.guest?.name.text == "Bob Plumber")
    }
}
