import ConsoleCore
import ConsoleServices
import ConsoleUI
import Foundation
import SeamAPI
import SeamSandbox
import Testing

/// The mobile-key wizard through the real console against the sandbox; after each flow the API
/// is asked whether it holds exactly what the wizard said it made.
@Suite struct WizardDriverTests {
    /// Scopes the console to the named building and opens the wizard.
    private func openWizard(_ driver: ConsoleDriver, building name: String = "Maple Court") async throws -> String {
        let index = try #require(driver.state.systems.rows.firstIndex { $0.name == name })
        let id = driver.state.systems.rows[index].id
        driver.app.send(.key(.home))
        for _ in 0..<index { driver.app.send(.key(.down)) }
        try await driver.press(.enter)
        try await driver.press(.escape)
        try await driver.press(.character("i"))
        try await driver.waitFor("Step 1/7")
        return id
    }

    private func fillResident(_ driver: ConsoleDriver, email: String, name: String) async throws {
        try await driver.type(email)
        try await driver.press(.tab)
        try await driver.type(name)
        try await driver.press(.enter)
    }

    /// From the key step: chooses the first entrance whose name matches, reviews, creates.
    private func issueKey(_ driver: ConsoleDriver, door: String) async throws {
        try await driver.waitFor("Step 5/7")
        try await driver.app.waitUntil { $0.state.wizard?.entrances != nil }
        try await driver.type(door.lowercased())
        try await driver.press(.character(" "))
        try await driver.press(.enter)
        try await driver.waitFor("Step 6/7")
        try await driver.press(.enter)
        try await driver.waitFor("Issued", timeout: .seconds(20))
    }

    @Test func newResidentGetsAnIssuedMobileKey() async throws {
        try await ConsoleDriver.with { driver in
            let systemID = try await openWizard(driver)
            try await fillResident(driver, email: "jane.new@example.com", name: "Jane New")
            try await issueKey(driver, door: "Main Entrance")
            try await driver.waitFor("Opens: Main Entrance")
            try await driver.waitFor("n Another")
            let made = try #require(driver.state.wizard?.made)
            #expect(made.identityCreated && made.enrollmentLaunched && made.acsUserOutcome == .created)

            let identities = try await driver.client.userIdentities.list(UserIdentityListParameters(search: "jane.new@example.com")).items
            #expect(identities.map(\.userIdentityId) == [made.identityID])
            let users = try await driver.client.acs.users.list(AcsUserListParameters(acsSystemId: systemID, userIdentityId: made.identityID)).items
            #expect(users.map(\.acsUserId) == [made.acsUserID])
            let automations = try await driver.client.userIdentities.enrollmentAutomations.list(userIdentityId: made.identityID!)
            #expect(automations.map(\.enrollmentAutomationId) == [made.enrollmentID])
            let key = try await driver.client.acs.credentials.get(acsCredentialId: made.credentialID!)
            #expect(key.accessMethod == .mobileKey && key.isMultiPhoneSyncCredential == true && key.isIssued == true && key.acsUserId == made.acsUserID)
            let doors = try await driver.client.acs.credentials.listAccessibleEntrances(acsCredentialId: key.acsCredentialId)
            #expect(doors.map(\.displayName) == ["Main Entrance"])
        }
    }

    @Test func readOnlyConsoleDoesNotOfferTheWizard() async throws {
        try await ConsoleDriver.with(readOnly: true) { driver in
            try await driver.press(.character("i"))
            try await driver.waitFor("Read-only mode")
            #expect(driver.state.wizard == nil)
            try await driver.press(.character("?"))
            #expect(!driver.screen.contains("Issue a resident's mobile key"))
        }
    }

    @Test func anotherKeyInTheSameBuildingStartsAFreshWizardThere() async throws {
        try await ConsoleDriver.with { driver in
            let systemID = try await openWizard(driver)
            try await fillResident(driver, email: "first.key@example.com", name: "First Key")
            try await issueKey(driver, door: "Rooftop Deck")
            try await driver.press(.character("n"))
            try await driver.waitFor("Step 1/7")
            #expect(driver.state.wizard?.building?.systemID == systemID)
            #expect(driver.state.wizard?.made == WizardMade())
            #expect(driver.state.wizard?.resident.email.text == "")
        }
    }

    @Test func theResultFollowsIssuingUntilLatchIssuesTheKey() async throws {
        try await ConsoleDriver.with(issueDelay: .seconds(1)) { driver in
            _ = try await openWizard(driver)
            try await fillResident(driver, email: "slow.issue@example.com", name: "Slow Issue")
            try await driver.waitFor("Step 5/7")
            try await driver.app.waitUntil { $0.state.wizard?.entrances != nil }
            try await driver.type("lobby")
            try await driver.press(.character(" "))
            try await driver.press(.enter)
            try await driver.waitFor("Step 6/7")
            driver.app.send(.key(.enter)) // not waiting for idle: the follow takes the issue delay
            try await driver.waitFor("Waiting for Latch to issue the key")
            let pending = try #require(driver.state.wizard?.made.credentialID)
            #expect(try await driver.client.acs.credentials.get(acsCredentialId: pending).isIssued != true, "not issued at first")
            try await driver.waitFor("Issued", timeout: .seconds(20))
            #expect(try await driver.client.acs.credentials.get(acsCredentialId: pending).isIssued == true)
            try await driver.waitFor("Opens: Lobby Side Door")
        }
    }

    @Test func residentsAreFoundByNameAndTheChosenIdentityIsUsed() async throws {
        try await ConsoleDriver.with { driver in
            let systemID = try await openWizard(driver)
            let identitiesBefore = try await driver.client.userIdentities.list(UserIdentityListParameters(limit: 1000)).items.count
            try await driver.type("Zoe Brennan")
            try await driver.press(.enter)
            try await driver.waitFor("<zoe.brennan@maplecourt.example.com>")
            try await driver.press(.enter)
            try await driver.waitFor("Step 5/7")
            let made = try #require(driver.state.wizard?.made)
            #expect(!made.identityCreated)
            #expect(made.acsUserOutcome == .alreadyLinked)
            let identity = try await driver.client.userIdentities.get(userIdentityId: made.identityID!)
            #expect(identity.fullName == "Zoe Brennan")
            let user = try await driver.client.acs.users.get(.acsUserId(made.acsUserID!))
            #expect(user.acsSystemId == systemID && user.userIdentityId == identity.userIdentityId)
            let identitiesAfter = try await driver.client.userIdentities.list(UserIdentityListParameters(limit: 1000)).items.count
            #expect(identitiesAfter == identitiesBefore)
        }
    }

    @Test func existingIdentityAndItsBuildingUserAreReused() async throws {
        try await ConsoleDriver.with { driver in
            let systemID = try await openWizard(driver)
            let before = try await driver.client.acs.users.list(AcsUserListParameters(acsSystemId: systemID, limit: 500)).items.count
            let resident = try #require(try await driver.client.acs.users.list(AcsUserListParameters(acsSystemId: systemID, search: "zoe.brennan")).items.first)
            try await fillResident(driver, email: resident.emailAddress ?? "", name: resident.fullName ?? "x")
            try await issueKey(driver, door: "Unit 101")
            let made = try #require(driver.state.wizard?.made)
            #expect(!made.identityCreated)
            #expect(made.acsUserOutcome == .alreadyLinked)
            #expect(made.acsUserID == resident.acsUserId)
            #expect(driver.screen.contains("Reused the existing user identity"))
            let after = try await driver.client.acs.users.list(AcsUserListParameters(acsSystemId: systemID, limit: 500)).items.count
            #expect(after == before)
        }
    }

    @Test func buildingUserWithTheSameEmailIsLinkedNotDuplicated() async throws {
        try await ConsoleDriver.with { driver in
            let systemID = try await openWizard(driver)
            let existing = try await driver.client.acs.users.create(AcsUserCreateParameters(
                acsSystemId: systemID, fullName: "Sam Lee", emailAddress: "sam.lee@example.com"))
            try await fillResident(driver, email: "sam.lee@example.com", name: "Sam Lee")
            try await driver.waitFor("Step 5/7")
            #expect(driver.state.wizard?.made.acsUserOutcome == .linked)
            #expect(driver.state.wizard?.made.acsUserID == existing.acsUserId)
            try await issueKey(driver, door: "Garage Gate")
            let identityID = try #require(driver.state.wizard?.made.identityID)
            let linked = try await driver.client.userIdentities.listAcsUsers(userIdentityId: identityID)
            #expect(linked.map(\.acsUserId) == [existing.acsUserId])
            let sameEmail = try await driver.client.acs.users.list(AcsUserListParameters(acsSystemId: systemID, search: "sam.lee@example.com")).items
            #expect(sameEmail.count == 1)
        }
    }

    @Test func badInputIsRefusedOnScreenAndNothingIsCreated() async throws {
        try await ConsoleDriver.with { driver in
            _ = try await openWizard(driver)
            try await fillResident(driver, email: "not-an-email@nowhere", name: "Nobody")
            try await driver.waitFor("Not an email address")
            let found = try await driver.client.userIdentities.list(UserIdentityListParameters(search: "not-an-email")).items
            #expect(found.isEmpty)
            #expect(driver.state.wizard?.resident.fullName.text == "Nobody", "nothing typed is lost")
        }
    }

    @Test func noEntranceAndAnEndBeforeTheStartAreRefusedOnTheirFieldsAndNoKeyIsMade() async throws {
        try await ConsoleDriver.with { driver in
            _ = try await openWizard(driver)
            try await fillResident(driver, email: "early.end@example.com", name: "Early End")
            try await driver.waitFor("Step 5/7")
            try await driver.app.waitUntil { $0.state.wizard?.entrances != nil }
            try await driver.press(.enter)
            try await driver.waitFor("Choose at least one entrance (Space).")
            try await driver.type("garage")
            try await driver.press(.character(" "))
            try await driver.press(.tab) // Starts: a week from now
            try await driver.press(.control("u"))
            let time = try #require(driver.state.wizard?.time)
            let start = time.format(Date().addingTimeInterval(7 * 86_400))
            try await driver.type(start)
            try await driver.press(.tab) // Ends: tomorrow, before the start
            try await driver.press(.control("u"))
            try await driver.type(time.format(Date().addingTimeInterval(86_400)))
            try await driver.press(.enter)
            try await driver.waitFor("End must be after start.")
            #expect(driver.state.wizard?.step == .key)
            #expect(driver.state.wizard?.startText.text == start, "nothing typed is lost")
            #expect(driver.state.wizard?.chosenEntrances.count == 1)
            let made = try #require(driver.state.wizard?.made)
            let keys = try await driver.client.acs.credentials.list(AcsCredentialListParameters(acsUserId: made.acsUserID)).items
            #expect(keys.isEmpty)
        }
    }

    @Test func theAPIsOwnValidationErrorShowsOnItsFieldAndTheFixGoesThrough() async throws {
        try await ConsoleDriver.with { driver in
            _ = try await openWizard(driver)
            try await driver.type("zero.phone@example.com")
            try await driver.press(.tab)
            try await driver.type("Zero Phone")
            try await driver.press(.tab)
            try await driver.type("+0123456789") // passes the wizard's shape check; Latch refuses a leading 0
            try await driver.press(.enter)
            try await driver.waitFor("! Phone number must be in E.164 format")
            #expect(driver.state.wizard?.fieldErrors[.phone] != nil)
            #expect(driver.state.wizard?.resident.fullName.text == "Zero Phone", "nothing typed is lost")
            let none = try await driver.client.userIdentities.list(UserIdentityListParameters(search: "zero.phone@example.com")).items
            #expect(none.isEmpty)
            try await driver.press(.control("u"))
            try await driver.type("+15555550777")
            try await driver.press(.enter)
            try await driver.waitFor("Step 5/7")
            let made = try #require(driver.state.wizard?.made)
            let identity = try await driver.client.userIdentities.get(userIdentityId: made.identityID!)
            #expect(identity.phoneNumber == "+15555550777")
        }
    }

    @Test func failuresAreRetriedWithoutRepeatingWhatSucceeded() async throws {
        try await ConsoleDriver.with { driver in
            let systemID = try await openWizard(driver)
            await driver.sandbox.setFaults(SandboxFaults(failRate: 1))
            try await fillResident(driver, email: "retry.me@example.com", name: "Retry Me")
            try await driver.app.waitUntil(timeout: .seconds(30)) { $0.state.wizard?.failure != nil }
            await driver.sandbox.setFaults(SandboxFaults(failRate: 0))
            try await driver.press(.enter)
            try await driver.waitFor("Step 5/7", timeout: .seconds(20))
            try await driver.app.waitUntil { $0.state.wizard?.entrances != nil }
            try await driver.type("mail")
            try await driver.press(.character(" "))
            try await driver.press(.enter)
            try await driver.waitFor("Step 6/7")
            await driver.sandbox.setFaults(SandboxFaults(failRate: 1))
            try await driver.press(.enter)
            try await driver.app.waitUntil(timeout: .seconds(30)) { $0.state.wizard?.failure != nil }
            await driver.sandbox.setFaults(SandboxFaults(failRate: 0))
            try await driver.press(.enter)
            try await driver.waitFor("Issued", timeout: .seconds(20))
            let made = try #require(driver.state.wizard?.made)
            let identities = try await driver.client.userIdentities.list(UserIdentityListParameters(search: "retry.me@example.com")).items
            #expect(identities.count == 1)
            let users = try await driver.client.acs.users.list(AcsUserListParameters(acsSystemId: systemID, userIdentityId: made.identityID)).items
            #expect(users.count == 1)
            let keys = try await driver.client.acs.credentials.list(AcsCredentialListParameters(acsUserId: made.acsUserID)).items
            #expect(keys.map(\.acsCredentialId) == [made.credentialID])
        }
    }

    @Test func aBuildingWithoutCredentialManagerGetsItsKeyTheCurrentWayInThreeCalls() async throws {
        try await ConsoleDriver.with { driver in
            let maple = try #require(driver.state.systems.rows.first { $0.name == "Maple Court" })
            try await driver.sandbox.disconnectCredentialManagers(fromBuilding: maple.id)
            let systemID = try await openWizard(driver)
            try await fillResident(driver, email: "no.manager@example.com", name: "No Manager")
            try await driver.waitFor("Step 3/5 · the mobile key")
            #expect(driver.state.wizard?.log.contains { $0.contains("no credential manager") } == true, "the wizard says why it skips two steps")
            try await driver.createKeyInShortFlow(door: "Main Entrance")
            try await driver.waitFor("Issued", timeout: .seconds(20))
            let made = try #require(driver.state.wizard?.made)
            #expect(made.identityCreated && made.enrollmentID == nil && made.acsUserOutcome == .created)

            let automations = try await driver.client.userIdentities.enrollmentAutomations.list(userIdentityId: made.identityID!)
            #expect(automations.isEmpty, "no enrollment automation in the current flow")
            let users = try await driver.client.acs.users.list(AcsUserListParameters(acsSystemId: systemID, userIdentityId: made.identityID)).items
            #expect(users.map(\.acsUserId) == [made.acsUserID], "the building's user is linked to the identity")
            let key = try await driver.client.acs.credentials.get(acsCredentialId: made.credentialID!)
            #expect(key.accessMethod == .mobileKey && key.isMultiPhoneSyncCredential == true && key.acsUserId == made.acsUserID)
        }
    }

    /// Each API call of steps 1-4 made to fail once, then retried with Enter.
    static let failingSteps: [(route: String, step: WizardState.Step)] = [
        ("/user_identities/create", .resident),
        ("/acs/systems/list_compatible_credential_manager_acs_systems", .manager),
        ("/user_identities/enrollment_automations/launch", .enrollment),
        ("/acs/users/create", .acsUser),
    ]

    @Test(arguments: failingSteps)
    func aFailedStepIsRetriedAloneAndNothingIsMadeTwice(route: String, step: WizardState.Step) async throws {
        try await ConsoleDriver.with { driver in
            let systemID = try await openWizard(driver)
            let email = "middle.step@example.com"
            await driver.sandbox.setFaults(SandboxFaults(failingRoutes: [route]))
            try await fillResident(driver, email: email, name: "Middle Step")
            try await driver.app.waitUntil(timeout: .seconds(30)) { $0.state.wizard?.failure != nil }
            #expect(driver.state.wizard?.step == step)
            #expect(driver.state.wizard?.failure?.isEmpty == false)
            let before = try #require(driver.state.wizard?.made)
            #expect((before.identityID == nil) == (step == .resident))
            #expect((before.enrollmentID != nil) == (step == .acsUser) && before.acsUserID == nil)

            await driver.sandbox.setFaults(SandboxFaults())
            try await driver.press(.enter)
            try await driver.waitFor("Step 5/7", timeout: .seconds(20))
            let made = try #require(driver.state.wizard?.made)
            if step != .resident { #expect(made.identityID == before.identityID, "the resident is not made again") }
            #expect(made.enrollmentLaunched && made.acsUserOutcome == .created)

            let identities = try await driver.client.userIdentities.list(UserIdentityListParameters(search: email)).items
            #expect(identities.map(\.userIdentityId) == [made.identityID])
            let automations = try await driver.client.userIdentities.enrollmentAutomations.list(userIdentityId: made.identityID!)
            #expect(automations.map(\.enrollmentAutomationId) == [made.enrollmentID])
            let users = try await driver.client.acs.users.list(AcsUserListParameters(acsSystemId: systemID, userIdentityId: made.identityID)).items
            #expect(users.map(\.acsUserId) == [made.acsUserID])
        }
    }

    @Test func aFilterWithSpacesFindsTheEntranceAfterSlash() async throws {
        try await ConsoleDriver.with { driver in
            _ = try await openWizard(driver)
            try await fillResident(driver, email: "two.words@example.com", name: "Two Words")
            try await driver.waitFor("Step 5/7")
            try await driver.app.waitUntil { $0.state.wizard?.entrances != nil }
            try await driver.press(.character("/"))
            try await driver.type("side door")
            #expect(driver.state.wizard?.visibleEntrances.map(\.name) == ["Lobby Side Door"])
            try await driver.press(.enter) // leaves the filter, does not review
            #expect(driver.state.wizard?.step == .key)
            try await driver.press(.character(" "))
            #expect(driver.state.wizard?.chosenEntrances.count == 1)
            try await driver.waitFor("[x] Lobby Side Door")
        }
    }

    @Test func everyChangeTheWizardMakesIsAudited() async throws {
        let log = try AuditLog(path: FileManager.default.temporaryDirectory.appendingPathComponent("keydesk-wizard-\(UUID().uuidString)").path
                               + "/audit.sqlite")
        try await ConsoleDriver.with(auditLog: log) { driver in
            let systemID = try await openWizard(driver)
            try await fillResident(driver, email: "audited.resident@example.com", name: "Audited Resident")
            try await issueKey(driver, door: "Main Entrance")
            let made = try #require(driver.state.wizard?.made)
            let all = try await log.entries().reversed().map(\.entry)
            #expect(all.map(\.kind) == Array(repeating: [AuditKind.attempt, .outcome], count: 4).flatMap { $0 },
                    "each change writes its attempt before the call and its outcome after")
            let rows = all.filter { $0.kind == .outcome }
            #expect(rows.map(\.action) == ["user_identity.create", "enrollment_automation.launch", "acs_user.create", "credential.create"])
            #expect(rows.allSatisfy { $0.outcome == .succeeded && $0.osUser == "desk-test" })
            #expect(rows[0].resourceIDs == [made.identityID])
            #expect(rows[1].resourceIDs.last == made.enrollmentID)
            #expect(rows[2].resourceIDs == [systemID, made.identityID!, made.acsUserID!])
            #expect(rows[3].resourceIDs.first == made.acsUserID && rows[3].resourceIDs.last == made.credentialID)
        }
    }

    @Test func leavingAndRemovingIsAuditedNewestFirst() async throws {
        let log = try AuditLog(path: FileManager.default.temporaryDirectory.appendingPathComponent("keydesk-wizard-\(UUID().uuidString)").path
                               + "/audit.sqlite")
        try await ConsoleDriver.with(auditLog: log) { driver in
            _ = try await openWizard(driver)
            try await fillResident(driver, email: "removed.again@example.com", name: "Removed Again")
            try await driver.waitFor("Step 5/7")
            let made = try #require(driver.state.wizard?.made)
            try await driver.press(.escape)
            try await driver.press(.character("x"))
            try await driver.app.waitUntil { $0.state.wizard == nil }
            try await driver.waitFor("Removed: ")
            let removals = try await log.entries().reversed().map(\.entry).filter { $0.kind == .outcome }.suffix(3)
            #expect(removals.map(\.action) == ["acs_user.delete", "enrollment_automation.delete", "user_identity.delete"])
            #expect(removals.map(\.resourceIDs) == [[made.acsUserID!], [made.enrollmentID!], [made.identityID!]])
        }
    }

    @Test func leavingAfterStepFourAndRemovingDeletesWhatTheWizardMade() async throws {
        try await ConsoleDriver.with { driver in
            let systemID = try await openWizard(driver)
            try await fillResident(driver, email: "leaving.soon@example.com", name: "Leaving Soon")
            try await driver.waitFor("Step 5/7")
            let made = try #require(driver.state.wizard?.made)
            try await driver.press(.escape)
            try await driver.waitFor("A new user identity was created.")
            try await driver.waitFor("A new ACS user was created in the building.")
            try await driver.press(.character("x"))
            try await driver.app.waitUntil { $0.state.wizard == nil }
            let identities = try await driver.client.userIdentities.list(UserIdentityListParameters(search: "leaving.soon@example.com")).items
            #expect(identities.isEmpty)
            let users = try await driver.client.acs.users.list(AcsUserListParameters(acsSystemId: systemID, search: "leaving.soon@example.com")).items
            #expect(users.isEmpty)
            #expect(made.acsUserID != nil)
            await #expect(throws: (any Error).self) { _ = try await driver.client.acs.users.get(.acsUserId(made.acsUserID!)) }
        }
    }
}
