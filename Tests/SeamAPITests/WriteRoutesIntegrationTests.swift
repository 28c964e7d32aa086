import Foundation
import SeamAPI
import SeamSandbox
import KeydeskTestSupport
import Testing

/// Every write route, through the Latch mobile-key flow of the guide and its neighbours.
@Suite struct WriteRoutesIntegrationTests {
    @Test func latchMobileKeyFlow() async throws {
        try await SandboxHarness.withSandbox { harness in
            let client = harness.client
            let building = try #require(try await client.acs.systems.list().first { $0.externalType == "latch_building" })
            let entrances = try await client.acs.entrances.list(AcsEntranceListParameters(acsSystemId: building.acsSystemId)).items
            let identity = try await client.userIdentities.create(
                UserIdentityCreateParameters(fullName: "Grace Tenant", emailAddress: "grace.flow@example.com"))
            let user = try await client.acs.users.create(AcsUserCreateParameters(
                acsSystemId: building.acsSystemId, fullName: "Grace Tenant", emailAddress: "grace.flow@example.com",
                userIdentityId: identity.userIdentityId))
            #expect(user.userIdentityId == identity.userIdentityId)

            let credential = try await client.acs.credentials.create(AcsCredentialCreateParameters(
                owner: .acsUserId(user.acsUserId), accessMethod: .mobileKey,
                allowedAcsEntranceIds: Array(entrances.prefix(2).map(\.acsEntranceId)),
                startsAt: .daysFromNow(0), endsAt: .daysFromNow(30), isMultiPhoneSyncCredential: true))
            #expect(credential.accessMethod == .mobileKey)
            #expect(credential.code?.count == 7)

            #expect(try await eventually {
                try await client.acs.credentials.get(acsCredentialId: credential.acsCredentialId).isIssued == true
            })
            let doors = try await client.acs.credentials.listAccessibleEntrances(acsCredentialId: credential.acsCredentialId)
            #expect(Set(doors.map(\.acsEntranceId)) == Set(entrances.prefix(2).map(\.acsEntranceId)))

            let newEnd = Date.daysFromNow(60)
            try await client.acs.credentials.update(acsCredentialId: credential.acsCredentialId, endsAt: newEnd)
            let updated = try await client.acs.credentials.get(acsCredentialId: credential.acsCredentialId)
            #expect(abs((updated.endsAt ?? .distantPast).timeIntervalSince(newEnd)) < 0.01)

            try await client.acs.credentials.delete(acsCredentialId: credential.acsCredentialId)
            await #expect {
                _ = try await client.acs.credentials.get(acsCredentialId: credential.acsCredentialId)
            } throws: { ($0 as? SeamAPIError)?.kind == .notFound }
        }
    }

    @Test func acsUserLifecycle() async throws {
        try await SandboxHarness.withSandbox { harness in
            let users = harness.client.acs.users
            let building = try #require(try await harness.client.acs.systems.list().first { !$0.isCredentialManager })
            let user = try await users.create(AcsUserCreateParameters(
                acsSystemId: building.acsSystemId, fullName: "Hal Guest", phoneNumber: "+15555550123",
                accessSchedule: AccessSchedule(startsAt: .daysFromNow(0), endsAt: .daysFromNow(7))))
            #expect(user.fullName == "Hal Guest")

            try await users.update(.acsUserId(user.acsUserId), AcsUserUpdateParameters(fullName: "Hal B. Guest"))
            #expect(try await users.get(.acsUserId(user.acsUserId)).fullName == "Hal B. Guest")

            try await users.suspend(.acsUserId(user.acsUserId))
            #expect(try await users.get(.acsUserId(user.acsUserId)).isSuspended == true)
            try await users.unsuspend(.acsUserId(user.acsUserId))
            #expect(try await users.get(.acsUserId(user.acsUserId)).isSuspended == false)

            let searched = try await users.list(AcsUserListParameters(acsSystemId: building.acsSystemId, search: "Hal B"))
            #expect(searched.items.map(\.acsUserId) == [user.acsUserId])

            try await users.delete(.acsUserId(user.acsUserId))
            await #expect { _ = try await users.get(.acsUserId(user.acsUserId)) } throws: {
                ($0 as? SeamAPIError)?.kind == .notFound
            }
        }
    }

    @Test func userIdentityLifecycleAndLinks() async throws {
        try await SandboxHarness.withSandbox { harness in
            let client = harness.client
            let identities = client.userIdentities
            let building = try #require(try await client.acs.systems.list().first { !$0.isCredentialManager })
            let identity = try await identities.create(UserIdentityCreateParameters(
                fullName: "Ivy Owner", emailAddress: "ivy.owner@example.com", phoneNumber: "+15555550177",
                userIdentityKey: "ivy-key-1"))
            #expect(try await identities.get(userIdentityId: identity.userIdentityId) == identity)
            #expect(try await identities.get(userIdentityKey: "ivy-key-1").userIdentityId == identity.userIdentityId)

            try await identities.update(
                userIdentityId: identity.userIdentityId,
                UserIdentityUpdateParameters(fullName: .value("Ivy M. Owner"), phoneNumber: .null))
            let updated = try await identities.get(userIdentityId: identity.userIdentityId)
            #expect(updated.fullName == "Ivy M. Owner")
            #expect(updated.phoneNumber == nil)

            let listed = try await identities.list(UserIdentityListParameters(search: "Ivy M"))
            #expect(listed.items.map(\.userIdentityId).contains(identity.userIdentityId))

            let user = try await client.acs.users.create(
                AcsUserCreateParameters(acsSystemId: building.acsSystemId, fullName: "Ivy M. Owner"))
            try await identities.addAcsUser(userIdentityId: identity.userIdentityId, acsUserId: user.acsUserId)
            #expect(try await identities.listAcsUsers(userIdentityId: identity.userIdentityId).map(\.acsUserId) == [user.acsUserId])
            #expect(try await identities.listAcsSystems(userIdentityId: identity.userIdentityId).map(\.acsSystemId)
                == [building.acsSystemId])
            try await identities.removeAcsUser(userIdentityId: identity.userIdentityId, acsUserId: user.acsUserId)
            #expect(try await identities.listAcsUsers(userIdentityId: identity.userIdentityId).isEmpty)

            try await identities.delete(userIdentityId: identity.userIdentityId)
            await #expect { _ = try await identities.get(userIdentityId: identity.userIdentityId) } throws: {
                ($0 as? SeamAPIError)?.kind == .notFound
            }
        }
    }

    @Test func credentialAssignAndUnassignAndCodeCredential() async throws {
        try await SandboxHarness.withSandbox { harness in
            let client = harness.client
            let building = try #require(try await client.acs.systems.list().first { !$0.isCredentialManager })
            let entrance = try #require(try await client.acs.entrances.list(
                AcsEntranceListParameters(acsSystemId: building.acsSystemId, limit: 1)).items.first)
            let first = try await client.acs.users.create(AcsUserCreateParameters(acsSystemId: building.acsSystemId, fullName: "Jo One"))
            let second = try await client.acs.users.create(AcsUserCreateParameters(acsSystemId: building.acsSystemId, fullName: "Jo Two"))
            let pin = try await client.acs.credentials.create(AcsCredentialCreateParameters(
                owner: .acsUserId(first.acsUserId), accessMethod: .code, allowedAcsEntranceIds: [entrance.acsEntranceId],
                startsAt: .daysFromNow(0), endsAt: .daysFromNow(2)))
            #expect(pin.accessMethod == .code)
            #expect(pin.code?.allSatisfy(\.isNumber) == true)

            try await client.acs.credentials.unassign(acsCredentialId: pin.acsCredentialId, from: .acsUserId(first.acsUserId))
            #expect(try await client.acs.credentials.get(acsCredentialId: pin.acsCredentialId).acsUserId == nil)
            try await client.acs.credentials.assign(acsCredentialId: pin.acsCredentialId, to: .acsUserId(second.acsUserId))
            #expect(try await client.acs.credentials.get(acsCredentialId: pin.acsCredentialId).acsUserId == second.acsUserId)
        }
    }

    @Test func enrollmentAutomationLifecycle() async throws {
        try await SandboxHarness.withSandbox { harness in
            let client = harness.client
            let building = try #require(try await client.acs.systems.list().first { !$0.isCredentialManager })
            let manager = try #require(try await client.acs.systems
                .listCompatibleCredentialManagerAcsSystems(acsSystemId: building.acsSystemId).first)
            let identity = try await client.userIdentities.create(
                UserIdentityCreateParameters(fullName: "Kim Enrol", emailAddress: "kim.enrol@example.com"))
            let automations = client.userIdentities.enrollmentAutomations
            let automation = try await automations.launch(
                userIdentityId: identity.userIdentityId, credentialManagerAcsSystemId: manager.acsSystemId,
                createCredentialManagerUser: true)
            #expect(automation.userIdentityId == identity.userIdentityId)
            #expect(automation.credentialManagerAcsSystemId == manager.acsSystemId)
            #expect(try await automations.get(enrollmentAutomationId: automation.enrollmentAutomationId) == automation)
            #expect(try await automations.list(userIdentityId: identity.userIdentityId).map(\.id) == [automation.id])
            try await automations.delete(enrollmentAutomationId: automation.enrollmentAutomationId)
            #expect(try await automations.list(userIdentityId: identity.userIdentityId).isEmpty)
        }
    }
}
