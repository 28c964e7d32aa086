import ConsoleCore
import ConsoleServices
import ConsoleUI
import Foundation
import SeamAPI
import SeamSandbox
import Testing

/// The grant operations of the Access pane (e, +, m, x) through the real console against the
/// sandbox: each asks first, then the API is asked what the grant holds now, and each writes
/// its audit rows.
@Suite struct GrantOperationsDriverTests {
    private func temporaryAuditLog() throws -> AuditLog {
        try AuditLog(path: FileManager.default.temporaryDirectory.appendingPathComponent("keydesk-grant-ops-\(UUID().uuidString)").path
                     + "/audit.sqlite")
    }

    /// A grant for a new resident of Maple Court (mobile key at the Main Entrance), made through
    /// the API; the Access pane is refreshed and the grant selected.
    private func grantOnScreen(_ driver: ConsoleDriver, methods: [AccessMode] = [.mobileKey]) async throws -> AccessGrant {
        let systemID = try #require(driver.state.systems.rows.first { $0.name == "Maple Court" }?.id)
        let door = try #require(try await driver.client.acs.entrances.list(AcsEntranceListParameters(acsSystemId: systemID)).items
            .first { $0.displayName == "Main Entrance" })
        let grant = try await driver.client.accessGrants.create(AccessGrantCreateParameters(
            grantee: .newUserIdentity(fullName: "Opal Grant", emailAddress: "opal.grant@example.com"),
            requestedAccessMethods: methods.map { AccessMethodRequest(mode: $0) }, acsEntranceIds: [door.acsEntranceId],
            endsAt: Date(timeIntervalSinceNow: 30 * 86_400)))
        try await driver.press(.character("5"))
        try await driver.press(.character("r"))
        try await driver.select(row: grant.accessGrantId, in: .access)
        try await driver.waitFor("Opal Grant")
        return grant
    }

    /// Once the confirm dialog is up (`title` on screen): Tab to the confirm button, Enter, and
    /// wait until the console is idle again.
    private func confirm(_ driver: ConsoleDriver, _ title: String) async throws {
        try await driver.waitFor(title)
        try await driver.app.waitUntil { if case .confirming? = $0.state.operation { true } else { false } }
        #expect(driver.screen.contains("[> Cancel <]"), "focus starts on Cancel")
        try await driver.press(.tab, .enter)
        try await driver.app.waitUntil { $0.state.operation == nil && $0.isIdle }
    }

    /// The log holds one change: its attempt, then its outcome, succeeded, for these ids.
    private func expectOneChange(_ log: AuditLog, _ action: String, on ids: [String],
                                 sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let entries = try await log.entries().reversed().map(\.entry)
        #expect(entries.map(\.kind) == [.attempt, .outcome], sourceLocation: sourceLocation)
        #expect(entries.map(\.action) == [action, action], sourceLocation: sourceLocation)
        #expect(entries.last?.resourceIDs == ids && entries.last?.outcome == .succeeded, sourceLocation: sourceLocation)
    }

    @Test func changingTheEndMovesTheGrantAndEveryCredentialBehindIt() async throws {
        let log = try temporaryAuditLog()
        try await ConsoleDriver.with(auditLog: log) { driver in
            let grant = try await grantOnScreen(driver)
            try await driver.press(.character("e"))
            try await driver.waitFor("Change the grant's end")
            try await driver.press(.control("u"))
            try await driver.type("2031-06-01 12:30")
            try await driver.press(.enter)
            try await confirm(driver, "Change the grant's end")
            let time = try #require(driver.state.grants.row(id: grant.accessGrantId)?.time)
            let expected = try #require(time.parse("2031-06-01 12:30"))
            let stored = try await driver.client.accessGrants.get(.accessGrantId(grant.accessGrantId))
            #expect(stored.endsAt == expected)
            let related = try await driver.client.accessMethods.getRelated(accessMethodIds: stored.accessMethodIds, include: [.acsCredentials])
            #expect(!related.acsCredentials.isEmpty && related.acsCredentials.allSatisfy { $0.endsAt == expected })
            try await expectOneChange(log, "access_grant.change_end", on: [grant.accessGrantId])
        }
    }

    @Test func addingAPINAddsACodeMethod() async throws {
        let log = try temporaryAuditLog()
        try await ConsoleDriver.with(auditLog: log) { driver in
            let grant = try await grantOnScreen(driver)
            try await driver.press(.character("+"))
            try await confirm(driver, "Add a PIN to the grant")
            let methods = try await driver.client.accessMethods.list(AccessMethodListParameters(accessGrantId: grant.accessGrantId)).items
            #expect(Set(methods.map { CredentialRow.methodName($0.mode) }) == ["mobile key", "PIN"] && methods.count == 2)
            #expect(methods.first { $0.mode == .code }?.code?.count == 7)
            try await expectOneChange(log, "access_grant.request_pin", on: [grant.accessGrantId])
        }
    }

    @Test func removingOneMethodLeavesTheOthers() async throws {
        let log = try temporaryAuditLog()
        try await ConsoleDriver.with(auditLog: log) { driver in
            let grant = try await grantOnScreen(driver, methods: [.mobileKey, .code])
            let before = try await driver.client.accessMethods.list(AccessMethodListParameters(accessGrantId: grant.accessGrantId)).items
            #expect(before.count == 2)
            try await driver.press(.character("m"))
            try await driver.waitFor("Remove which access method?")
            guard case let .choosingMethod(_, choices, _)? = driver.state.operation else {
                Issue.record("m lists the grant's methods first")
                return
            }
            let index = try #require(choices.firstIndex { $0.method == "mobile key" })
            for _ in 0..<index { try await driver.press(.down) }
            try await driver.press(.enter)
            try await confirm(driver, "Remove an access method")
            let removed = choices[index].id
            let after = try await driver.client.accessMethods.list(AccessMethodListParameters(accessGrantId: grant.accessGrantId)).items
            #expect(after.map(\.mode) == [.code], "the PIN stays")
            #expect(!after.contains { $0.accessMethodId == removed })
            try await expectOneChange(log, "access_method.delete", on: [removed, grant.accessGrantId])
        }
    }

    @Test func revokingDeletesTheGrant() async throws {
        let log = try temporaryAuditLog()
        try await ConsoleDriver.with(auditLog: log) { driver in
            let grant = try await grantOnScreen(driver)
            try await driver.press(.character("x"))
            try await confirm(driver, "Revoke Access Grant")
            try await driver.app.waitUntil { !$0.state.grants.rows.contains { $0.id == grant.accessGrantId } && $0.isIdle }
            await #expect(throws: SeamAPIError.self) { try await driver.client.accessGrants.get(.accessGrantId(grant.accessGrantId)) }
            let methods = try? await driver.client.accessMethods.list(AccessMethodListParameters(accessGrantId: grant.accessGrantId)).items
            #expect(methods?.isEmpty ?? true, "no method of the grant is left")
            try await expectOneChange(log, "access_grant.delete", on: [grant.accessGrantId])
        }
    }

    @Test func readOnlyRefusesEveryGrantOperation() async throws {
        try await ConsoleDriver.with(readOnly: true) { driver in
            let systemID = try #require(driver.state.systems.rows.first { $0.name == "Maple Court" }?.id)
            let door = try #require(try await driver.client.acs.entrances.list(AcsEntranceListParameters(acsSystemId: systemID)).items.first)
            // The console is read-only; the client the test holds is not.
            let grant = try await driver.client.accessGrants.create(AccessGrantCreateParameters(
                grantee: .newUserIdentity(fullName: "Opal Grant", emailAddress: "opal.grant@example.com"),
                requestedAccessMethods: [AccessMethodRequest(mode: .mobileKey)], acsEntranceIds: [door.acsEntranceId]))
            try await driver.press(.character("5"))
            try await driver.press(.character("r"))
            try await driver.select(row: grant.accessGrantId, in: .access)
            for key in ["e", "+", "m", "x"] {
                try await driver.press(.character(Character(key)))
                #expect(driver.state.operation == nil, "key \(key) opened an operation in read-only mode")
                #expect(driver.state.flash?.message.hasPrefix("Read-only mode") == true, "key \(key)")
                #expect(!driver.terminal.lines[23].contains("Revoke"))
            }
            let after = try await driver.client.accessGrants.get(.accessGrantId(grant.accessGrantId))
            #expect(after.endsAt == grant.endsAt && after.accessMethodIds == grant.accessMethodIds)
        }
    }
}
