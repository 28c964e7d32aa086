import Foundation
import SeamAPI
import SeamSandbox
import Testing

/// The client's 2026 routes against the sandbox: connected accounts, phones and their copies of
/// a key, an Access Grant from creation to deletion, and the problems the demo seed carries.
@Suite struct Seam2026IntegrationTests {
    @Test func connectedAccountsPhonesAndProblemsDecode() async throws {
        try await SandboxHarness.withSandbox { harness in
            let client = harness.client
            let accounts = try await client.connectedAccounts.paginate().collectAll()
            let systems = try await client.acs.systems.list()
            #expect(Set(systems.map(\.connectedAccountId)).isSubset(of: Set(accounts.map(\.connectedAccountId))))
            let birch = try #require(systems.first { $0.name == "Birch House" })
            #expect(birch.errors.map(\.errorCode.rawValue) == ["account_disconnected"])
            let account = try await client.connectedAccounts.get(connectedAccountId: try #require(birch.connectedAccountId))
            #expect(account.errors.map(\.errorCode.rawValue) == ["account_disconnected"])

            let maple = try #require(systems.first { $0.name == "Maple Court" })
            let users = try await client.acs.users.list(AcsUserListParameters(acsSystemId: maple.acsSystemId)).items
            let holder = try #require(users.first { $0.userIdentityId != nil })
            let phones = try await client.phones.list(ownerUserIdentityId: holder.userIdentityId)
            let credentials = try await client.acs.credentials.list(AcsCredentialListParameters(acsUserId: holder.acsUserId)).items
            let key = try #require(credentials.first { $0.isMultiPhoneSyncCredential == true })
            #expect(credentials.filter { $0.parentAcsCredentialId == key.acsCredentialId }.count == phones.count)
            let added = try await client.phones.simulate.createSandboxPhone(userIdentityId: holder.userIdentityId!, phoneMetadata: SandboxPhoneMetadata(operatingSystem: "ios"))
            #expect(added.deviceType == .iosPhone)
            let holding = try await client.phones.list(acsCredentialId: key.acsCredentialId)
            #expect(holding.contains { $0.deviceId == added.deviceId })
            try await client.phones.deactivate(deviceId: added.deviceId)
        }
    }

    @Test func anAccessGrantFromCreationToDeletion() async throws {
        try await SandboxHarness.withSandbox { harness in
            let client = harness.client
            let maple = try #require(try await client.acs.systems.list().first { $0.name == "Maple Court" })
            let doors = try await client.acs.entrances.list(AcsEntranceListParameters(acsSystemId: maple.acsSystemId)).items.prefix(2).map(\.acsEntranceId)
            let grant = try await client.accessGrants.create(AccessGrantCreateParameters(
                grantee: .newUserIdentity(fullName: "Client Grantee", emailAddress: "client.grantee@example.com"),
                requestedAccessMethods: [AccessMethodRequest(mode: .mobileKey), AccessMethodRequest(mode: .code)],
                acsEntranceIds: Array(doors), endsAt: .daysFromNow(30), name: "Client lease", accessGrantKey: "client-lease"))
            #expect(grant.accessMethodIds.count == 3)
            let again = try await client.accessGrants.get(.accessGrantKey("client-lease"))
            #expect(again.accessGrantId == grant.accessGrantId)
            let methods = try await client.accessMethods.list(AccessMethodListParameters(accessGrantId: grant.accessGrantId)).items
            #expect(methods.allSatisfy { $0.isIssued }, "issued at once with no delay")
            let related = try await client.accessGrants.getRelated(accessGrantIds: [grant.accessGrantId])
            #expect(Set(related.acsEntrances.map(\.acsEntranceId)) == Set(doors))
            let batch = try await client.accessMethods.getRelated(accessMethodIds: grant.accessMethodIds, include: [.acsCredentials])
            #expect(batch.acsCredentials.count == 3)
            let newEnd = Date.daysFromNow(10)
            try await client.accessGrants.update(.accessGrantId(grant.accessGrantId), AccessGrantUpdateParameters(endsAt: .value(newEnd)))
            let moved = try await client.acs.credentials.get(acsCredentialId: batch.acsCredentials[0].acsCredentialId)
            #expect(abs((moved.endsAt ?? .distantPast).timeIntervalSince(newEnd)) < 1)
            try await client.accessGrants.delete(accessGrantId: grant.accessGrantId)
            await #expect(throws: SeamAPIError.self) { try await client.accessGrants.get(.accessGrantId(grant.accessGrantId)) }
        }
    }
}
