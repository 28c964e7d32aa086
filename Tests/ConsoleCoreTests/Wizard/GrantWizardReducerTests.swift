@testable import ConsoleCore
import Foundation
import SeamAPI
import Testing

/// The wizard through an Access Grant (`issue_with = "access_grants"`): the resident step, then
/// the entrances, dates and PIN choice, then one `access_grants/create` instead of the manager,
/// enrollment and ACS-user steps; steps numbered among the four it has.
struct GrantWizardReducerTests {
    let now = Fixtures.now

    /// The wizard opened in Maple Court by a console whose profile issues through grants, at the
    /// key step with Jane's identity resolved and two entrances loaded.
    func stateAtKeyStep(path: IssuePath = .accessGrants) -> ConsoleState {
        var state = ConsoleState(connection: ConnectionInfo(label: "SANDBOX", isSandbox: true, issuePath: path))
        state.scope = SystemScope(systemID: "s1", name: "Maple Court", time: BuildingTime(identifier: "America/New_York"))
        _ = state.press(.character("i"))
        #expect(state.wizard?.stepTitle("the resident") == (path == .accessGrants ? "Step 1/4 · the resident · through an Access Grant"
                                                                                 : "Step 1/7 · the resident · with ACS credentials"))
        _ = state.type("jane@example.com")
        _ = state.press(.tab)
        _ = state.type("Jane Doe")
        _ = state.press(.enter)
        let s = state.wizard!.serial
        let identity = UserIdentity(userIdentityId: "id1", workspaceId: "ws", createdAt: now, displayName: "Jane", fullName: "Jane Doe",
                                    emailAddress: "jane@example.com")
        let answer = state.reduce(.wizard(.identityResolved(serial: s, identity, created: true)))
        if path == .accessGrants {
            #expect(state.wizard?.step == .key, "no manager, enrollment or ACS-user step")
            #expect(answer.calls == [.wizard(.loadEntrances(serial: s, systemID: "s1"))])
        }
        let doors = ["d1": "Main Entrance", "d2": "Rooftop Deck"].sorted { $0.key < $1.key }.map { id, name in
            EntranceRow(AcsEntrance(acsEntranceId: id, acsSystemId: "s1", createdAt: now, displayName: name,
                                    latchMetadata: LatchMetadata(doorType: "common_area")))
        }
        _ = state.reduce(.wizard(.entrancesLoaded(serial: s, doors)))
        return state
    }

    @Test func oneGrantIsAskedForWithTheMobileKeyAndTheChosenPIN() throws {
        var state = stateAtKeyStep()
        #expect(state.wizard?.stepTitle("the access") == "Step 2/4 · the access · through an Access Grant")
        _ = state.press(.character(" ")) // Main Entrance
        _ = state.press(.down)
        _ = state.press(.character(" ")) // Rooftop Deck
        for _ in 0..<3 { _ = state.press(.tab) }
        #expect(state.wizard?.keyFocus == .pin)
        _ = state.press(.character(" "))
        #expect(state.wizard?.wantsPIN == true)
        _ = state.press(.enter)
        #expect(state.wizard?.step == .review)
        #expect(state.wizard?.stepTitle("review") == "Step 3/4 · review · through an Access Grant")
        let calls = state.press(.enter).calls
        let s = try #require(state.wizard?.serial)
        guard case let .wizard(.createGrant(serial, identityID, entranceIDs, starts, ends, withPIN, key))? = calls.first, calls.count == 1 else {
            Issue.record("one access_grants/create, not \(calls)")
            return
        }
        #expect(serial == s && identityID == "id1" && entranceIDs == ["d1", "d2"] && withPIN)
        #expect(key == GrantKey.of(identityID: "id1", systemID: "s1", entranceIDs: ["d2", "d1"], startsAt: starts, endsAt: ends,
                                            modes: [.mobileKey, .code]), "the same key whatever the order")
        #expect(state.wizard?.stepTitle("result") == "Step 4/4 · result · through an Access Grant")

        let grant = AccessGrant(accessGrantId: "g1", workspaceId: "ws", userIdentityId: "id1", displayName: "Access Grant",
                                displayStatus: "Setting up access", createdAt: now, startsAt: now)
        let follow = state.reduce(.wizard(.grantCreated(serial: s, grant))).calls
        #expect(follow == [.wizard(.followGrant(serial: s, grantID: "g1"))])
        #expect(state.wizard?.made.grantID == "g1" && state.wizard?.busy != nil)
        let method = AccessMethod(accessMethodId: "m1", workspaceId: "ws", displayName: "Mobile key", mode: .mobileKey,
                                  displayStatus: "Issued", createdAt: now, isIssued: true)
        _ = state.reduce(.wizard(.grantFollowed(serial: s, grant, methods: [method], entrances: ["Main Entrance"], timedOut: false)))
        #expect(state.wizard?.issued == true && state.wizard?.busy == nil)
        _ = state.press(.enter)
        #expect(state.wizard == nil, "Enter at the result closes")
    }

    @Test func leavingAfterTheGrantWasMadeOffersToRemoveIt() throws {
        var state = stateAtKeyStep()
        let s = try #require(state.wizard?.serial)
        for key in [Key.character(" "), .enter, .enter] { _ = state.press(key) }
        let grant = AccessGrant(accessGrantId: "g1", workspaceId: "ws", userIdentityId: "id1", displayName: "Access Grant",
                                displayStatus: "Setting up access", createdAt: now, startsAt: now)
        _ = state.reduce(.wizard(.grantCreated(serial: s, grant)))
        _ = state.press(.escape)
        #expect(state.wizard?.step == .leaving(from: .result), "a grant not yet issued: keep it or remove it")
        let removal = state.press(.character("x")).calls
        guard case let .wizard(.remove(_, made))? = removal.first else {
            Issue.record("x removes what the wizard made, not \(removal)")
            return
        }
        #expect(made.grantID == "g1" && made.identityCreated)
        var early = stateAtKeyStep()
        _ = early.press(.escape)
        guard case .leaving = early.wizard?.step else {
            Issue.record("the identity was created: leaving asks")
            return
        }
        var summary = WizardMade()
        summary.identityID = "id1"
        summary.identityCreated = true
        summary.grantID = "g1"
        #expect(summary.summary.contains { $0.hasPrefix("An Access Grant was created") })
        #expect(summary.madeAnything)
    }

    @Test func theCredentialsPathKeepsItsSevenSteps() {
        let state = stateAtKeyStep(path: .acsCredentials)
        #expect(state.wizard?.step == .manager)
        #expect(state.wizard?.path == .acsCredentials)
    }
}
