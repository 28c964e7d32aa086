@testable import ConsoleCore
import Foundation
import SeamAPI
import Testing

/// The wizard's state machine without a server: validation, transitions, retries, leaving.
struct WizardReducerTests {
    let now = Fixtures.now

    func scopedState(readOnly: Bool = false) -> ConsoleState {
        var state = ConsoleState(connection: ConnectionInfo(label: "SANDBOX", isSandbox: true, readOnly: readOnly))
        state.scope = SystemScope(systemID: "s1", name: "Maple Court", time: BuildingTime(identifier: "America/New_York"))
        return state
    }

    func serial(_ state: ConsoleState) -> Date { state.wizard!.serial }

    func identity(_ id: String = "id1") -> UserIdentity {
        UserIdentity(userIdentityId: id, workspaceId: "ws", createdAt: now, displayName: "Jane", fullName: "Jane Doe", emailAddress: "jane@example.com")
    }

    func manager(_ id: String) -> AcsSystem {
        AcsSystem(acsSystemId: id, name: "Manager \(id)", createdAt: now, workspaceId: "ws", isCredentialManager: true)
    }

    /// Opens the wizard, types Jane's email and name, and presses Enter (the identity is asked for).
    func residentEntered() -> ConsoleState {
        var state = scopedState()
        _ = state.press(.character("i"))
        _ = state.type("jane@example.com")
        _ = state.press(.tab)
        _ = state.type("Jane Doe")
        _ = state.press(.enter)
        return state
    }

    /// Opens the wizard and walks the resident step and the API answers up to the key step.
    func stateAtKeyStep() -> ConsoleState {
        var state = residentEntered()
        let s = serial(state)
        _ = state.reduce(.wizard(.identityResolved(serial: s, identity(), created: true)))
        _ = state.reduce(.wizard(.managersLoaded(serial: s, [manager("m1")])))
        _ = state.reduce(.wizard(.enrollmentReady(serial: s, id: "e1", launched: true)))
        _ = state.reduce(.wizard(.acsUserReady(serial: s, id: "u1", .created)))
        let door = EntranceRow(AcsEntrance(acsEntranceId: "d1", acsSystemId: "s1", createdAt: now, displayName: "Main Entrance",
                                           latchMetadata: LatchMetadata(doorType: "building_entrance")))
        _ = state.reduce(.wizard(.entrancesLoaded(serial: s, [door])))
        return state
    }

    @Test func theRemovalMessageLastsItsLifetimeFromWhenItArrives() {
        var state = residentEntered()
        let s = serial(state)
        _ = state.reduce(.wizard(.identityResolved(serial: s, identity(), created: true)))
        let later = now + 60 // a minute in the wizard before leaving and removing
        _ = state.reduce(.wizard(.removed(serial: s, done: ["user identity deleted"], problems: [])), now: later)
        #expect(state.wizard == nil)
        #expect(state.flash?.message == "Removed: user identity deleted.")
        #expect(state.flash?.expiresAt == later + Flash.lifetime, "timed from the answer, not from when the wizard opened")
        _ = state.reduce(.timer(.flashExpired), now: later + 1)
        #expect(state.flash != nil, "still on screen a second later")
    }

    @Test func enterAtTheResultClosesTheWizardAndStopsFollowingTheKey() {
        var state = stateAtKeyStep()
        let s = serial(state)
        _ = state.press(.character(" "))
        _ = state.press(.enter)
        #expect(state.press(.enter).calls.count == 1, "the key is asked for")
        #expect(state.wizard?.step == .result)
        let credential = AcsCredential(acsCredentialId: "c1", acsSystemId: "s1", workspaceId: "ws", createdAt: now,
                                       displayName: "Multi Phone Sync Credential", accessMethod: .mobileKey, acsUserId: "u1")
        _ = state.reduce(.wizard(.keyCreated(serial: s, credential)))
        #expect(state.wizard?.busy != nil, "following the key")
        _ = state.reduce(.wizard(.keyFollowed(serial: s, credential, entrances: ["Main Entrance"], timedOut: false)))
        let effects = state.press(.enter)
        #expect(state.wizard == nil)
        #expect(effects.contains(.cancel(.wizard)))
    }

    @Test func readOnlyConsoleDoesNotOpenTheWizard() {
        var state = scopedState(readOnly: true)
        _ = state.press(.character("i"))
        #expect(state.wizard == nil)
        #expect(state.flash?.message.contains("Read-only") == true)
    }

    @Test func withoutABuildingTheFirstStepAsksForIt() {
        var state = ConsoleState(connection: ConnectionInfo(label: "SANDBOX", isSandbox: true))
        _ = state.systems.receiveFirstPage([Fixtures.system("s1", "Maple Court"), Fixtures.system("s2", "Harbor Lofts", timeZone: "America/Los_Angeles")],
                                       nextCursor: nil, generation: state.systems.generation)
        _ = state.press(.character("i"))
        #expect(state.wizard?.step == .building)
        _ = state.press(.down)
        _ = state.press(.enter)
        #expect(state.wizard?.step == .resident)
        #expect(state.wizard?.building?.systemID == "s2")
    }

    @Test func badEmailAndPhoneAreRefusedBeforeAnyCall() {
        var state = scopedState()
        _ = state.press(.character("i"))
        _ = state.type("jane@nowhere")
        #expect(state.wizard?.fieldErrors[.email] != nil)
        _ = state.press(.tab)
        _ = state.press(.tab)
        _ = state.type("555")
        let effects = state.press(.enter)
        #expect(effects.isEmpty)
        #expect(state.wizard?.fieldErrors[.email] != nil)
        #expect(state.wizard?.fieldErrors[.fullName] != nil)
        #expect(state.wizard?.fieldErrors[.phone] != nil)
        #expect(state.wizard?.step == .resident)
    }

    @Test func validResidentAsksForTheIdentityThenTheManager() {
        var state = scopedState()
        _ = state.press(.character("i"))
        _ = state.type("jane@example.com")
        _ = state.press(.tab)
        _ = state.type("Jane Doe")
        _ = state.press(.tab)
        _ = state.type("+15555550123")
        let effects = state.press(.enter)
        #expect(effects.calls == [.wizard(.resolveIdentity(serial: serial(state), email: "jane@example.com", fullName: "Jane Doe", phone: "+15555550123"))])
        let next = state.reduce(.wizard(.identityResolved(serial: serial(state), identity(), created: true)))
        #expect(next.calls == [.wizard(.loadManagers(serial: serial(state), systemID: "s1"))])
        #expect(state.wizard?.step == .manager)
    }

    @Test func oneManagerIsChosenAutomaticallySeveralAreListedNoneGoesOnTheCurrentWay() throws {
        var state = residentEntered()
        let s = serial(state)
        _ = state.reduce(.wizard(.identityResolved(serial: s, identity(), created: true)))
        var several = state
        let auto = state.reduce(.wizard(.managersLoaded(serial: s, [manager("m1")])))
        #expect(auto.calls == [.wizard(.ensureEnrollment(serial: s, identityID: "id1", managerID: "m1"))])
        let listed = several.reduce(.wizard(.managersLoaded(serial: s, [manager("m1"), manager("m2")])))
        #expect(listed.isEmpty)
        _ = several.press(.down)
        #expect(several.press(.enter).calls == [.wizard(.ensureEnrollment(serial: s, identityID: "id1", managerID: "m2"))])
        var none = residentEntered()
        _ = none.reduce(.wizard(.identityResolved(serial: serial(none), identity(), created: true)))
        let systemID = try #require(none.wizard?.building?.systemID)
        let current = none.reduce(.wizard(.managersLoaded(serial: serial(none), [])))
        #expect(none.wizard?.step == .acsUser, "no manager: straight to the building's user")
        #expect(current.calls == [.wizard(.ensureAcsUser(serial: serial(none), systemID: systemID, identityID: "id1", email: "jane@example.com",
                                                         fullName: "Jane Doe", phone: nil))])
        #expect(none.wizard?.stepTitle("the building's user") == "Step 2/5 · the building's user · with ACS credentials")

        var gone = residentEntered()
        _ = gone.reduce(.wizard(.identityResolved(serial: serial(gone), identity(), created: true)))
        _ = gone.reduce(.wizard(.failed(serial: serial(gone), WizardFailure(message: "No route", isNotFound: true))))
        #expect(gone.wizard?.step == .acsUser, "a workspace without the manager routes goes on the current way too")
    }

    @Test func aFailedStepIsRetriedAloneAndKeepsEarlierResults() {
        var state = residentEntered()
        let s = serial(state)
        _ = state.reduce(.wizard(.identityResolved(serial: s, identity(), created: true)))
        _ = state.reduce(.wizard(.managersLoaded(serial: s, [manager("m1")])))
        _ = state.reduce(.wizard(.failed(serial: s, WizardFailure(message: "Service unavailable"))))
        #expect(state.wizard?.failure == "Service unavailable")
        #expect(state.wizard?.step == .enrollment)
        let retry = state.press(.enter)
        #expect(retry.calls == [.wizard(.ensureEnrollment(serial: s, identityID: "id1", managerID: "m1"))])
        #expect(state.wizard?.made.identityID == "id1")
        #expect(state.wizard?.resident.email.text == "jane@example.com")
    }

    @Test func keyStepNeedsAnEntranceAndAnEndAfterStartInTheFuture() {
        var state = stateAtKeyStep()
        #expect(state.wizard?.step == .key)
        _ = state.press(.enter)
        #expect(state.wizard?.fieldErrors[.entrances] != nil)
        _ = state.press(.character(" "))
        _ = state.press(.tab)
        _ = state.press(.tab)
        _ = state.press(.control("u"))
        _ = state.type("2020-01-01 10:00")
        _ = state.press(.enter)
        #expect(state.wizard?.fieldErrors[.end] == "End must be in the future.")
        #expect(state.wizard?.step == .key)
        _ = state.press(.control("u"))
        _ = state.type(state.wizard!.time.format(now.addingTimeInterval(-3600 + 3 * 3600)))
        _ = state.press(.backTab)
        _ = state.press(.control("u"))
        _ = state.type(state.wizard!.time.format(now.addingTimeInterval(5 * 3600)))
        _ = state.press(.enter)
        #expect(state.wizard?.fieldErrors[.end] == "End must be after start.")
        _ = state.press(.tab)
        _ = state.press(.down) // presets from "now"
        _ = state.press(.down)
        _ = state.press(.down)
        _ = state.press(.enter)
        #expect(state.wizard?.fieldErrors.isEmpty == true)
        #expect(state.wizard?.step == .review)
        let create = state.press(.enter)
        guard case .wizard(.createKey(_, let user, let doors, _, _))? = create.calls.first else {
            Issue.record("expected createKey, got \(create)")
            return
        }
        #expect(user == "u1")
        #expect(doors == ["d1"])
    }

    @Test func slashEditsTheEntranceFilterWithSpacesUntilEnterOrEsc() {
        var state = stateAtKeyStep()
        _ = state.type("main")
        _ = state.press(.character(" "))
        #expect(state.wizard?.entranceFilter.text == "main", "outside the filter Space chooses")
        #expect(state.wizard?.chosenEntrances == ["d1"])
        _ = state.press(.character("/"))
        _ = state.type(" entr")
        #expect(state.wizard?.entranceFilter.text == "main entr")
        #expect(state.wizard?.visibleEntrances.map(\.id) == ["d1"])
        _ = state.press(.escape)
        #expect(state.wizard?.isEditingEntranceFilter == false)
        #expect(state.wizard?.step == .key, "Esc leaves the filter, not the wizard")
        _ = state.press(.character("/"))
        _ = state.press(.enter)
        #expect(state.wizard?.step == .key, "Enter leaves the filter, it does not review")
        _ = state.press(.character(" "))
        #expect(state.wizard?.chosenEntrances.isEmpty == true)
    }

    @Test func apiValidationErrorsLandOnTheirFieldAndKeepTheTyping() {
        var state = stateAtKeyStep()
        _ = state.press(.character(" "))
        _ = state.press(.enter)
        _ = state.press(.enter)
        let s = serial(state)
        _ = state.reduce(.wizard(.failed(serial: s, WizardFailure(message: "Invalid input", fieldErrors: [.end: "ends_at too far"]))))
        #expect(state.wizard?.step == .key)
        #expect(state.wizard?.fieldErrors[.end] == "ends_at too far")
        #expect(state.wizard?.chosenEntrances == ["d1"])
    }

    @Test func leavingAfterStepFourSaysWhatExistsAndRemoveAsksForIt() {
        var state = stateAtKeyStep()
        _ = state.press(.escape)
        guard case .leaving? = state.wizard?.step else {
            Issue.record("expected the leave question")
            return
        }
        #expect(state.wizard?.made.summary == [
            "A new user identity was created.", "An enrollment automation was launched.", "A new ACS user was created in the building.",
        ])
        let effects = state.press(.character("x"))
        #expect(effects.calls == [.wizard(.remove(serial: serial(state), state.wizard!.made))])
        _ = state.reduce(.wizard(.removed(serial: serial(state), done: ["ACS user deleted"], problems: [])))
        #expect(state.wizard == nil)
    }

    @Test func leavingBeforeAnythingWasMadeJustCloses() {
        var state = scopedState()
        _ = state.press(.character("i"))
        _ = state.type("jane")
        _ = state.press(.escape)
        #expect(state.wizard == nil)
    }

    @Test func answersForAnOlderWizardAreDropped() {
        var state = scopedState()
        _ = state.press(.character("i"))
        let old = Date(timeIntervalSince1970: 1)
        _ = state.reduce(.wizard(.identityResolved(serial: old, identity(), created: true)))
        #expect(state.wizard?.made.identityID == nil)
    }

    @Test func typingANameSearchesAndEnterPicksTheMatch() {
        var state = scopedState()
        _ = state.press(.character("i"))
        _ = state.type("Jane")
        let search = state.press(.enter)
        #expect(search.calls == [.wizard(.searchIdentities(serial: serial(state), text: "Jane"))])
        let other = UserIdentity(userIdentityId: "id2", workspaceId: "ws", createdAt: now, displayName: "Jane Roe", fullName: "Jane Roe", emailAddress: "roe@example.com")
        _ = state.reduce(.wizard(.identitiesFound(serial: serial(state), [identity(), other], search: "Jane")))
        #expect(state.wizard?.matchLines.count == 2)
        _ = state.press(.down)
        let next = state.press(.enter)
        #expect(next.calls == [.wizard(.loadManagers(serial: serial(state), systemID: "s1"))])
        #expect(state.wizard?.made.identityID == "id2")
        #expect(state.wizard?.made.identityCreated == false)
        #expect(state.wizard?.resident.email.text == "roe@example.com")
    }

    @Test func phoneValidation() {
        #expect(WizardValidation.phoneProblem("+15555550100") == nil)
        #expect(WizardValidation.phoneProblem("") == nil)
        #expect(WizardValidation.phoneProblem("15555550100") != nil)
        #expect(WizardValidation.phoneProblem("+1234567") != nil)
        #expect(WizardValidation.phoneProblem("+1234567890123456") != nil)
        #expect(WizardValidation.emailProblem("a@b.co") == nil)
        #expect(WizardValidation.emailProblem("a b@c.co") != nil)
        #expect(WizardValidation.emailProblem("a@b") != nil)
    }
}
