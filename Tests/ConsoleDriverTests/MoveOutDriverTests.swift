import ConsoleCore
import ConsoleServices
import ConsoleUI
import Foundation
import KeydeskTestSupport
import SeamAPI
import SeamSandbox
import Testing

/// A resident moving out of two buildings, through the real console against the sandbox: one
/// route fails, the other items still go, each item is one audited call, and running it again
/// finishes what is left, until the API holds nothing of the resident.
@Suite struct MoveOutDriverTests {
    /// A resident of Maple Court with a user identity and a key, given a user, a PIN and a key in
    /// Harbor Lofts too (through the API, as another desk would).
    private func residentOfTwoBuildings(_ driver: ConsoleDriver) async throws -> (identity: UserIdentity, users: [String]) {
        let client = driver.client
        let systems = try await client.acs.systems.list().filter { !$0.isCredentialManager }
        let maple = try #require(systems.first { $0.name == "Maple Court" }), harbor = try #require(systems.first { $0.name == "Harbor Lofts" })
        let residents = try await client.acs.users.list(AcsUserListParameters(acsSystemId: maple.acsSystemId)).items
        var chosen: AcsUser?
        for user in residents where user.userIdentityId != nil && user.isSuspended != true && user.warnings.isEmpty {
            if try await !client.acs.credentials.list(AcsCredentialListParameters(acsUserId: user.acsUserId)).items.isEmpty { chosen = user; break }
        }
        let resident = try #require(chosen)
        let identity = try await client.userIdentities.get(userIdentityId: try #require(resident.userIdentityId))
        let second = try await client.acs.users.create(AcsUserCreateParameters(
            acsSystemId: harbor.acsSystemId, fullName: resident.fullName ?? resident.displayName, userIdentityId: identity.userIdentityId))
        let doors = try await client.acs.entrances.list(AcsEntranceListParameters(acsSystemId: harbor.acsSystemId)).items
        let ends = Date() + 30 * 86_400
        _ = try await client.acs.credentials.create(AcsCredentialCreateParameters(
            owner: .acsUserId(second.acsUserId), accessMethod: .code, allowedAcsEntranceIds: [doors[0].acsEntranceId], endsAt: ends))
        _ = try await client.acs.credentials.create(AcsCredentialCreateParameters(
            owner: .acsUserId(second.acsUserId), accessMethod: .mobileKey, allowedAcsEntranceIds: [doors[0].acsEntranceId, doors[1].acsEntranceId],
            endsAt: ends, isMultiPhoneSyncCredential: true))
        return (identity, [resident.acsUserId, second.acsUserId])
    }

    /// The audit log's outcome rows (not the attempt rows, where the log writes them).
    private func outcomes(_ log: AuditLog) async throws -> [AuditEntry] {
        try await log.entries().map(\.entry).filter { [.succeeded, .failed].contains($0.outcome) }
    }

    private func credentials(of users: [String], _ client: SeamClient) async throws -> [AcsCredential] {
        var all: [AcsCredential] = []
        for user in users { all += try await client.acs.credentials.list(AcsCredentialListParameters(acsUserId: user)).items }
        return all
    }

    @Test func aTwoBuildingMoveOutWithOneFailureFinishesWhenRunAgain() async throws {
        let directory = try TemporaryDirectory()
        let auditLog = try AuditLog(path: directory.path + "/audit.sqlite")
        try await ConsoleDriver.with(auditLog: auditLog, activityInterval: nil) { driver in
            let (identity, users) = try await residentOfTwoBuildings(driver)
            // The keys themselves: the phones' copies of a multi-phone-sync key go with it.
            let held = try await credentials(of: users, driver.client).filter { $0.parentAcsCredentialId == nil }
            let keys = held.filter { $0.accessMethod == .mobileKey }.count, pins = held.filter { $0.accessMethod == .code }.count
            await driver.sandbox.setFaults(SandboxFaults(failingRoutes: ["/user_identities/delete"]))

            try await driver.type(":moveout \(try #require(identity.emailAddress))")
            try await driver.press(.enter)
            try await driver.waitFor("Holds ")
            let counts = [keys == 1 ? "1 key" : "\(keys) keys", pins == 1 ? "1 PIN" : "\(pins) PINs"].joined(separator: " and ")
            #expect(driver.screen.contains("Holds \(counts) in 2 buildings"))
            #expect(driver.screen.contains("[> Cancel <]"), "Cancel has the focus")
            try await driver.press(.down, .character(" "), .down, .character(" "), .tab)
            #expect(driver.screen.contains("Revoke \(counts), delete 2 ACS users and delete the user identity."), "the confirm names the counts")
            try await driver.press(.enter)
            try await driver.waitFor("· result", timeout: .seconds(30))
            #expect(driver.screen.contains("\(held.count + 2) done, 1 FAILED"))
            #expect(driver.screen.contains("[FAILED]     Delete the user identity of"))

            // Deletions are pending until the sandbox applies them, as in Seam.
            #expect(try await eventually(timeout: .seconds(20)) { try await credentials(of: users, driver.client).isEmpty },
                    "the failure did not stop the other items")
            #expect(try await eventually(timeout: .seconds(20)) {
                try await driver.client.userIdentities.listAcsUsers(userIdentityId: identity.userIdentityId).isEmpty
            })
            _ = try await driver.client.userIdentities.get(userIdentityId: identity.userIdentityId)
            let firstRun = try await outcomes(auditLog)
            #expect(firstRun.count == held.count + 3, "one audited call per item")
            #expect(firstRun.filter { $0.outcome == .failed }.map(\.action) == ["user_identity.delete"])

            // Running it again gathers afresh: only the identity is left, and nothing done is touched.
            await driver.sandbox.setFaults(SandboxFaults())
            try await driver.press(.character("r"))
            try await driver.waitFor("Holds nothing but their user identity")
            try await driver.press(.tab, .enter)
            try await driver.waitFor("1 done.", timeout: .seconds(30))
            await #expect(throws: SeamAPIError.self) { try await driver.client.userIdentities.get(userIdentityId: identity.userIdentityId) }
            let leftovers = try await driver.client.acs.users.list(AcsUserListParameters(search: try #require(identity.emailAddress))).items
            #expect(leftovers.isEmpty, "the API holds nothing of the resident")
            for user in users {
                #expect(try await eventually(timeout: .seconds(20)) { (try? await driver.client.acs.users.get(.acsUserId(user))) == nil })
            }
            let secondRun = try await outcomes(auditLog).filter { entry in !firstRun.contains(entry) }
            #expect(secondRun.map(\.action) == ["user_identity.delete"] && secondRun.first?.outcome == .succeeded)
            try await driver.press(.enter)
            #expect(driver.state.moveOut == nil)
        }
    }

    /// A resident given access through an Access Grant: the move-out names the grant among what
    /// they hold and revokes it (every method behind it), audited as `access_grant.delete`.
    @Test func aResidentsAccessGrantIsRevokedWithTheirKeys() async throws {
        let directory = try TemporaryDirectory()
        let auditLog = try AuditLog(path: directory.path + "/audit.sqlite")
        try await ConsoleDriver.with(auditLog: auditLog, activityInterval: nil) { driver in
            let client = driver.client
            let maple = try #require(driver.state.systems.rows.first { $0.name == "Maple Court" })
            let doors = try await client.acs.entrances.list(AcsEntranceListParameters(acsSystemId: maple.id)).items
            let grant = try await client.accessGrants.create(AccessGrantCreateParameters(
                grantee: .newUserIdentity(fullName: "Gina Grant", emailAddress: "gina.grant@example.com"),
                requestedAccessMethods: [AccessMethodRequest(mode: .mobileKey)], acsEntranceIds: [try #require(doors.first).acsEntranceId],
                endsAt: Date() + 30 * 86_400))

            try await driver.type(":moveout gina.grant@example.com")
            try await driver.press(.enter)
            try await driver.waitFor("Holds ")
            #expect(driver.screen.contains("1 Access Grant"), "the grant is among what she holds: \(driver.screen)")
            try await driver.press(.tab)
            #expect(driver.screen.contains("Access Grant"), "the confirm names it")
            try await driver.press(.enter)
            try await driver.waitFor("· result", timeout: .seconds(30))
            #expect(!driver.screen.contains("FAILED"), "\(driver.screen)")

            let gone = try await eventually(timeout: .seconds(20)) {
                (try? await client.accessGrants.get(.accessGrantId(grant.accessGrantId))) == nil
            }
            #expect(gone, "the grant is revoked")
            let revoked = try await outcomes(auditLog).filter { $0.action == "access_grant.delete" }
            #expect(revoked.map(\.outcome) == [.succeeded] && revoked.first?.resourceIDs == [grant.accessGrantId])
        }
    }
}
