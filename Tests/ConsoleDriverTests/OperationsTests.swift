import ConsoleCore
import ConsoleServices
import ConsoleUI
import Foundation
import SeamAPI
import SeamSandbox
import Testing

/// Front-desk operations through the real console, reducer, effect runner and a sandbox:
/// each asks first (Cancel focused), then changes the API, updates the panes and is audited.
@Suite struct OperationsTests {
    /// An audit log in a fresh temporary directory.
    private func temporaryAuditLog() throws -> AuditLog {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("keydesk-ops-\(UUID().uuidString)").path
        return try AuditLog(path: directory + "/audit.sqlite")
    }

    @Test func revokingACredentialAsksFirstThenDeletesItAndRecordsIt() async throws {
        let log = try temporaryAuditLog()
        try await ConsoleDriver.with(auditLog: log) { driver in
            try await driver.press(.character("4"))
            let row = try #require(driver.state.credentials.selectedRow)

            try await driver.press(.character("x"))
            try await driver.waitFor("Revoke credential")
            #expect(driver.screen.contains("[> Cancel <]"), "focus starts on Cancel")
            #expect(driver.screen.contains(String(row.name.prefix(12))), "the dialog names the credential")
            try await driver.press(.enter)
            #expect(driver.state.operation == nil)
            _ = try await driver.client.acs.credentials.get(acsCredentialId: row.id)
            #expect(try await log.entries().isEmpty, "Cancel changes nothing and records nothing")

            try await driver.press(.character("x"), .tab)
            #expect(driver.screen.contains("[> Revoke <]"))
            try await driver.press(.enter)
            try await driver.app.waitUntil { !$0.state.credentials.rows.contains { $0.id == row.id } && $0.isIdle }
            try await driver.waitFor("Revoked")
            await #expect(throws: SeamAPIError.self) { try await driver.client.acs.credentials.get(acsCredentialId: row.id) }

            let entries = try await log.entries().reversed()
            #expect(entries.map(\.entry.kind) == [.attempt, .outcome], "an attempt row before the call, the outcome after")
            let attempt = try #require(entries.first)
            let entry = try #require(entries.last?.entry)
            #expect(attempt.entry.action == "credential.revoke" && attempt.entry.outcome == nil)
            #expect(entry.attemptID == attempt.id)
            #expect(entry.action == "credential.revoke")
            #expect(entry.resourceIDs == [row.id])
            #expect(entry.outcome == .succeeded)
            #expect(entry.osUser == "desk-test")
        }
    }

    @Test func suspendAndUnsuspendToggleTheSelectedUser() async throws {
        let log = try temporaryAuditLog()
        try await ConsoleDriver.with(auditLog: log) { driver in
            try await driver.press(.character("2"))
            let row = try #require(driver.state.users.rows.first { !$0.isSuspended && $0.status == "active" })
            try await driver.select(row.id, in: .users)

            try await driver.press(.character("u"))
            try await driver.waitFor("Suspend user")
            try await driver.press(.escape)
            #expect(try await driver.client.acs.users.get(.acsUserId(row.id)).isSuspended != true, "Esc cancels")

            try await driver.press(.character("u"), .tab, .enter)
            try await driver.app.waitUntil { $0.state.users.rows.first { $0.id == row.id }?.isSuspended == true && $0.isIdle }
            #expect(try await driver.client.acs.users.get(.acsUserId(row.id)).isSuspended == true)
            #expect(driver.screen.contains("suspended"), "the row shows it without a refresh")

            try await driver.press(.character("u"))
            try await driver.waitFor("Unsuspend user")
            try await driver.press(.tab, .enter)
            try await driver.app.waitUntil { $0.state.users.rows.first { $0.id == row.id }?.isSuspended == false && $0.isIdle }
            #expect(try await driver.client.acs.users.get(.acsUserId(row.id)).isSuspended == false)

            let actions = try await log.entries().filter { $0.entry.kind == .outcome }.map(\.entry.action).sorted()
            #expect(actions == ["acs_user.suspend", "acs_user.unsuspend"])
        }
    }

    @Test func changingACredentialEndValidatesInTheBuildingTimeZone() async throws {
        let log = try temporaryAuditLog()
        try await ConsoleDriver.with(auditLog: log) { driver in
            try await driver.press(.character("4"))
            let row = try #require(driver.state.credentials.selectedRow)

            try await driver.press(.character("e"))
            try await driver.waitFor("Change credential end")
            try await driver.press(.control("u"))
            try await driver.type("2020-01-01 10:00")
            try await driver.press(.enter)
            try await driver.waitFor("Error:")
            guard case .editingEnd(let entry) = driver.state.operation else {
                Issue.record("the field closed on a bad date")
                return
            }
            #expect(entry.draft.text == "2020-01-01 10:00", "nothing typed is lost")
            #expect(entry.error != nil)
            let building = try #require(driver.state.systems.rows.first { $0.id == row.systemID })
            #expect(entry.time == BuildingTime(identifier: building.timeZone), "the end is typed in the building's time zone")

            try await driver.press(.control("u"))
            try await driver.type("2031-06-01 12:30")
            try await driver.press(.enter)
            try await driver.waitFor("2031-06-01 12:30")
            #expect(driver.screen.contains("[> Cancel <]"))
            try await driver.press(.tab, .enter)
            let expected = try #require(entry.time.parse("2031-06-01 12:30"))
            try await driver.app.waitUntil { $0.state.credentials.rows.first { $0.id == row.id }?.endsAt == expected && $0.isIdle }
            let stored = try await driver.client.acs.credentials.get(acsCredentialId: row.id)
            #expect(stored.endsAt == expected)
            #expect(try await log.entries().map(\.entry.action) == ["credential.change_end", "credential.change_end"])
            #expect(try await log.entries().map(\.entry.kind) == [.outcome, .attempt])
        }
    }

    @Test func unlinkingAUserRemovesItsIdentity() async throws {
        try await ConsoleDriver.with { driver in
            try await driver.press(.character("2"))
            let row = try #require(driver.state.users.rows.first { $0.userIdentityID != nil })
            let identityID = try #require(row.userIdentityID)
            try await driver.select(row.id, in: .users)
            try await driver.press(.character("U"))
            try await driver.waitFor("Unlink user")
            #expect(driver.screen.contains(String(row.name.prefix(12))))
            try await driver.press(.tab, .enter)
            try await driver.app.waitUntil { $0.state.users.rows.first { $0.id == row.id }?.userIdentityID == nil && $0.isIdle }
            #expect(try await driver.client.acs.users.get(.acsUserId(row.id)).userIdentityId == nil)
            let linked = try await driver.client.userIdentities.listAcsUsers(userIdentityId: identityID)
            #expect(!linked.contains { $0.acsUserId == row.id })
        }
    }

    @Test func deletingAUserListsItsCredentialsAndRemovesThemAll() async throws {
        let log = try temporaryAuditLog()
        try await ConsoleDriver.with(auditLog: log) { driver in
            try await driver.press(.character("2"))
            var chosen: (UserRow, [AcsCredential])?
            for row in driver.state.users.rows.prefix(40) {
                let owned = try await driver.client.acs.credentials.list(AcsCredentialListParameters(acsUserId: row.id)).items
                if !owned.isEmpty { chosen = (row, owned); break }
            }
            let (row, owned) = try #require(chosen)
            try await driver.select(row.id, in: .users)
            try await driver.press(.character("D"))
            try await driver.waitFor("Delete user")
            guard case .confirming(.deleteUser(_, let listed), _) = driver.state.operation else {
                Issue.record("no delete dialog: \(String(describing: driver.state.operation))")
                return
            }
            #expect(Set(listed.map(\.id)) == Set(owned.map(\.acsCredentialId)))
            #expect(driver.screen.contains(String(owned[0].displayName.prefix(10))), "the dialog names the credentials")
            try await driver.press(.enter)
            _ = try await driver.client.acs.users.get(.acsUserId(row.id))

            try await driver.press(.character("D"))
            try await driver.waitFor("Delete user")
            try await driver.press(.tab, .enter)
            try await driver.app.waitUntil { !$0.state.users.rows.contains { $0.id == row.id } && $0.isIdle }
            await #expect(throws: SeamAPIError.self) { try await driver.client.acs.users.get(.acsUserId(row.id)) }
            let remaining = try await driver.client.acs.credentials.list(AcsCredentialListParameters(acsUserId: row.id)).items
            #expect(remaining.isEmpty)
            let entry = try #require(try await log.entries().first?.entry)
            #expect(entry.action == "acs_user.delete")
            #expect(entry.resourceIDs.first == row.id)
            #expect(Set(entry.resourceIDs.dropFirst()) == Set(owned.map(\.acsCredentialId)))
        }
    }

    @Test func revokingACredentialSomeoneElseDeletedSaysSoAndRefreshes() async throws {
        let log = try temporaryAuditLog()
        try await ConsoleDriver.with(auditLog: log) { driver in
            try await driver.press(.character("4"))
            let row = try #require(driver.state.credentials.selectedRow)
            try await driver.client.acs.credentials.delete(acsCredentialId: row.id)
            try await driver.press(.character("x"), .tab, .enter)
            try await driver.waitFor("no longer exists")
            try await driver.app.waitUntil { !$0.state.credentials.rows.contains { $0.id == row.id } && $0.isIdle }
            let entry = try #require(try await log.entries().first?.entry)
            #expect(entry.outcome == .failed)
            #expect(entry.errorMessage?.isEmpty == false)
        }
    }

    @Test func aFailedOperationIsRecordedWithItsErrorAndChangesNothing() async throws {
        let log = try temporaryAuditLog()
        try await ConsoleDriver.with(auditLog: log) { driver in
            try await driver.press(.character("4"))
            let row = try #require(driver.state.credentials.selectedRow)
            await driver.sandbox.setFaults(SandboxFaults(failRate: 1))
            try await driver.press(.character("x"), .tab, .enter)
            try await driver.app.waitUntil(timeout: .seconds(60)) { $0.state.operation == nil && $0.isIdle }
            #expect(driver.state.flash?.message.contains("Could not change") == true)
            await driver.sandbox.setFaults(SandboxFaults())
            _ = try await driver.client.acs.credentials.get(acsCredentialId: row.id)
            #expect(driver.state.credentials.rows.contains { $0.id == row.id })
            let entries = try await log.entries()
            #expect(entries.map(\.entry.kind) == [.outcome, .attempt])
            let entry = try #require(entries.first?.entry)
            #expect(entry.action == "credential.revoke")
            #expect(entry.outcome == .failed)
            #expect(entry.errorMessage?.isEmpty == false)
            #expect(entry.seamRequestID?.hasPrefix("request_") == true, "the Seam request id is kept for support")
        }
    }

    @Test func readOnlyModeRefusesEveryOperationKeyAndHidesThem() async throws {
        try await ConsoleDriver.with(readOnly: true) { driver in
            let usersBefore = try await driver.client.acs.users.paginate().collectAll()
            let credentialsBefore = try await driver.client.acs.credentials.paginate().collectAll()
            for (pane, keys) in [("2", ["u", "U", "D"]), ("4", ["x", "e"])] {
                try await driver.press(.character(Character(pane)))
                for key in keys {
                    try await driver.press(.character(Character(key)))
                    #expect(driver.state.operation == nil, "key \(key) opened an operation in read-only mode")
                    #expect(driver.state.flash?.message.hasPrefix("Read-only mode") == true, "key \(key)")
                    try await driver.waitFor("Read-only mode")
                    #expect(!driver.terminal.lines[23].contains("Revoke") && !driver.terminal.lines[23].contains("Suspend"))
                }
            }
            let usersAfter = try await driver.client.acs.users.paginate().collectAll()
            let credentialsAfter = try await driver.client.acs.credentials.paginate().collectAll()
            #expect(usersAfter == usersBefore)
            #expect(credentialsAfter == credentialsBefore)
        }
    }

    @Test func theFooterOffersOperationsWhenNotReadOnly() async throws {
        try await ConsoleDriver.with { driver in
            try await driver.press(.character("4"))
            #expect(driver.terminal.lines[23].contains("Revoke"))
            try await driver.press(.character("2"))
            #expect(driver.terminal.lines[23].contains("Suspend"))
        }
    }
}

extension ConsoleDriver {
    /// Moves the Users pane's selection to the user with `id`.
    func select(_ id: String, in pane: ListPane) async throws {
        #expect(pane == .users, "only the Users pane is needed here")
        let users = state.users
        let position = try #require((0..<users.count).first { users.row(at: $0)?.id == id })
        try await press(.home)
        try await press(contentsOf: Array(repeating: .down, count: position))
        #expect(state.users.selectedID == id)
    }
}
