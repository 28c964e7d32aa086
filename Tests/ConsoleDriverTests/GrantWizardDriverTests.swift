import ConsoleCore
import ConsoleServices
import ConsoleUI
import Foundation
import SeamAPI
import SeamSandbox
import Testing

/// The wizard through an Access Grant (`issue_with = "access_grants"`) on the demo sandbox: one
/// `access_grants/create` instead of the ACS-user and credential steps, followed until every
/// access method is issued; then the API is asked what the grant holds.
@Suite struct GrantWizardDriverTests {
    private func temporaryAuditLog() throws -> AuditLog {
        try AuditLog(path: FileManager.default.temporaryDirectory.appendingPathComponent("keydesk-grant-wizard-\(UUID().uuidString)").path
                     + "/audit.sqlite")
    }

    /// Scopes to Maple Court, opens the wizard, and enters a new resident.
    private func openAndEnterResident(_ driver: ConsoleDriver, email: String, name: String) async throws -> String {
        let systemID = try await driver.scope(to: "Maple Court")
        try await driver.press(.character("i"))
        try await driver.waitFor("Step 1/4 · the resident · through an Access Grant")
        try await driver.type(email)
        try await driver.press(.tab)
        try await driver.type(name)
        try await driver.press(.enter)
        try await driver.waitFor("Step 2/4 · the access")
        try await driver.app.waitUntil { $0.state.wizard?.entrances != nil }
        return systemID
    }

    /// Chooses the entrances whose names start as given.
    private func choose(_ driver: ConsoleDriver, _ filters: [String]) async throws {
        for filter in filters {
            try await driver.press(.control("u"))
            try await driver.type(filter)
            try await driver.press(.character(" "))
        }
        try await driver.press(.control("u"))
    }

    @Test func aNewResidentGetsOneGrantWithAMobileKeyAndAPINPerEntrance() async throws {
        let log = try temporaryAuditLog()
        try await ConsoleDriver.with(auditLog: log, issuePath: .accessGrants) { driver in
            let systemID = try await openAndEnterResident(driver, email: "grant.new@example.com", name: "Grant New")
            try await choose(driver, ["main", "rooftop"])
            try await driver.press(.tab, .tab, .tab)
            try await driver.waitFor("[ ] Mobile key and a PIN")
            try await driver.waitFor("Seam makes 2 PINs, one per entrance")
            try await driver.press(.character(" "))
            try await driver.waitFor("[x] Mobile key and a PIN")
            try await driver.press(.enter)
            try await driver.waitFor("Step 3/4 · review · through an Access Grant")
            #expect(driver.screen.contains("One Access Grant for Grant New"))
            try await driver.press(.enter)
            try await driver.waitFor("Issued: every method is live", timeout: .seconds(40))
            try await driver.waitFor("Step 4/4 · result")

            let made = try #require(driver.state.wizard?.made)
            #expect(made.identityCreated && made.acsUserID == nil && made.credentialID == nil && made.enrollmentID == nil,
                    "no ACS-user, enrollment or credential step of the wizard's own")
            let grantID = try #require(made.grantID)
            let grant = try await driver.client.accessGrants.get(.accessGrantId(grantID))
            #expect(grant.userIdentityId == made.identityID)
            let doorIDs = try #require(driver.state.wizard?.chosenEntrances)
            #expect(grant.accessGrantKey == GrantKey.of(identityID: made.identityID!, systemID: systemID, entranceIDs: doorIDs,
                                                                 startsAt: grant.startsAt, endsAt: try #require(grant.endsAt), modes: [.mobileKey, .code]))
            let methods = try await driver.client.accessMethods.list(AccessMethodListParameters(accessGrantId: grantID)).items
            #expect(methods.filter { $0.mode == .mobileKey }.count == 1)
            #expect(methods.filter { $0.mode == .code }.count == 2, "a Latch PIN opens one entrance: one per entrance")
            #expect(methods.allSatisfy { $0.isIssued })
            #expect(methods.filter { $0.mode == .code }.allSatisfy { $0.code?.count == 7 })
            let related = try await driver.client.accessGrants.getRelated(accessGrantIds: [grantID], include: [.acsEntrances])
            #expect(Set(related.acsEntrances.map(\.displayName)) == ["Main Entrance", "Rooftop Deck"])
            #expect(driver.screen.contains("Opens: "))
            #expect(driver.screen.contains("Mobile key: issued"))
            for code in methods.compactMap(\.code) { #expect(!driver.screen.contains(code), "the PIN is not on the result screen") }

            let outcomes = try await log.entries().reversed().map(\.entry).filter { $0.kind == .outcome }
            #expect(outcomes.map(\.action) == ["user_identity.create", "access_grant.create"])
            #expect(outcomes.last?.resourceIDs.first == made.identityID && outcomes.last?.resourceIDs.last == grantID)
            #expect(outcomes.allSatisfy { $0.outcome == .succeeded })
        }
    }

    @Test func leavingBeforeTheGrantIsIssuedAndRemovingDeletesIt() async throws {
        let log = try temporaryAuditLog()
        try await ConsoleDriver.with(issueDelay: .seconds(20), auditLog: log, issuePath: .accessGrants) { driver in
            _ = try await openAndEnterResident(driver, email: "grant.leaving@example.com", name: "Grant Leaving")
            try await choose(driver, ["main"])
            try await driver.press(.enter)
            try await driver.waitFor("Step 3/4")
            driver.app.send(.key(.enter)) // the follow waits for the issue delay: not waiting for idle
            try await driver.waitFor("Waiting for Latch to issue every access method")
            let grantID = try #require(driver.state.wizard?.made.grantID)
            // Sent without waiting for idle: the follow goes on for the issue delay.
            driver.app.send(.key(.escape))
            try await driver.waitFor("An Access Grant was created")
            driver.app.send(.key(.character("x")))
            try await driver.app.waitUntil { $0.state.wizard == nil }
            try await driver.waitFor("Removed: Access Grant deleted")
            do {
                let grant = try await driver.client.accessGrants.get(.accessGrantId(grantID))
                #expect(grant.warnings.contains { $0.warningCode.rawValue == "being_deleted" }, "on its way out")
            } catch let error as SeamAPIError {
                #expect(error.kind == .notFound)
            }
            let outcomes = try await log.entries().reversed().map(\.entry).filter { $0.kind == .outcome }.map(\.action)
            #expect(outcomes.suffix(2) == ["access_grant.delete", "user_identity.delete"], "newest first")
        }
    }

    @Test func readOnlyRefusesTheWizardAndChangesNothing() async throws {
        try await ConsoleDriver.with(readOnly: true, issuePath: .accessGrants) { driver in
            let before = try await driver.client.accessGrants.list().items.count
            try await driver.press(.character("i"))
            try await driver.waitFor("Read-only mode")
            #expect(driver.state.wizard == nil)
            #expect(try await driver.client.accessGrants.list().items.count == before)
        }
    }
}
