import Foundation
import SeamAPI
import SeamSandbox
import Testing

/// Every read route against the demo seed, through HTTP on loopback.
@Suite struct ReadRoutesIntegrationTests {
    @Test func workspaceIsTheSandbox() async throws {
        try await SandboxHarness.withSandbox { harness in
            let workspace = try await harness.client.workspaces.get()
            #expect(workspace.isSandbox)
            #expect(!workspace.workspaceId.isEmpty)
        }
    }

    @Test func systemsListGetAndCompatibleCredentialManagers() async throws {
        try await SandboxHarness.withSandbox { harness in
            let systems = try await harness.client.acs.systems.list()
            let buildings = systems.filter { $0.externalType == "latch_building" }
            #expect(buildings.count >= 2)
            let building = try #require(buildings.first)
            #expect(building.location?.timeZone != nil)
            let fetched = try await harness.client.acs.systems.get(acsSystemId: building.acsSystemId)
            #expect(fetched == building)
            let managers = try await harness.client.acs.systems.listCompatibleCredentialManagerAcsSystems(
                acsSystemId: building.acsSystemId)
            #expect(!managers.isEmpty)
            #expect(managers.allSatisfy { $0.isCredentialManager })
            let searched = try await harness.client.acs.systems.list(search: String(building.name.prefix(4)))
            #expect(searched.contains { $0.id == building.id })
        }
    }

    @Test func entrancesPaginateGetAndListCredentialsWithAccess() async throws {
        try await SandboxHarness.withSandbox { harness in
            let building = try #require(try await harness.client.acs.systems.list().first { !$0.isCredentialManager })
            let entrances = try await harness.client.acs.entrances
                .paginate(AcsEntranceListParameters(acsSystemId: building.acsSystemId, limit: 5)).collectAll()
            #expect(entrances.count >= 12)
            #expect(Set(entrances.map(\.id)).count == entrances.count)
            #expect(entrances.allSatisfy { $0.acsSystemId == building.acsSystemId })
            #expect(entrances.contains { $0.latchMetadata?.doorName != nil })
            let entrance = entrances[0]
            #expect(try await harness.client.acs.entrances.get(acsEntranceId: entrance.acsEntranceId) == entrance)
            let credentials = try await harness.client.acs.entrances.listCredentialsWithAccess(
                acsEntranceId: entrance.acsEntranceId)
            for credential in credentials { #expect(credential.acsSystemId == building.acsSystemId) }
        }
    }

    @Test func seededUsersCredentialsAndIdentitiesDecode() async throws {
        try await SandboxHarness.withSandbox { harness in
            let client = harness.client
            let users = try await client.acs.users.paginate().collectAll()
            #expect(users.count >= 40)
            #expect(users.contains { $0.isSuspended == true })
            #expect(users.contains { $0.warnings.contains { $0.warningCode == "latch_resident_user" } })
            let credentials = try await client.acs.credentials.paginate().collectAll()
            #expect(credentials.contains { $0.accessMethod == .mobileKey })
            let identities = try await client.userIdentities.paginate().collectAll()
            #expect(identities.count >= 40)

            let user = try #require(users.first { $0.userIdentityId != nil })
            #expect(try await client.acs.users.get(.acsUserId(user.acsUserId)).acsUserId == user.acsUserId)
            let byIdentity = try await client.acs.users.list(AcsUserListParameters(userIdentityId: user.userIdentityId))
            #expect(byIdentity.items.map(\.acsUserId).contains(user.acsUserId))
            let ofUser = try await client.acs.credentials.list(AcsCredentialListParameters(acsUserId: user.acsUserId))
            #expect(ofUser.items.allSatisfy { $0.acsUserId == user.acsUserId })
            _ = try await client.acs.users.listAccessibleEntrances(.acsUserId(user.acsUserId))
        }
    }

    @Test func eventsListAndGet() async throws {
        try await SandboxHarness.withSandbox { harness in
            let client = harness.client
            let start = Date().addingTimeInterval(-1)
            let building = try #require(try await client.acs.systems.list().first { !$0.isCredentialManager })
            let user = try await client.acs.users.create(
                AcsUserCreateParameters(acsSystemId: building.acsSystemId, fullName: "Event Probe"))
            let events = try await client.events.list(
                EventListParameters(window: .since(start), eventTypes: [.acsUserCreated]))
            let created = try #require(events.first { $0.acsUserId == user.acsUserId })
            #expect(created.eventType == .acsUserCreated)
            #expect(try await client.events.get(eventId: created.eventId) == created)
            let between = try await client.events.list(
                EventListParameters(window: .between(start, Date().addingTimeInterval(60)), acsUserId: user.acsUserId))
            #expect(between.contains { $0.eventId == created.eventId })
            let ofBuilding = try await client.events.list(EventListParameters(
                window: .since(start), acsSystemId: building.acsSystemId, eventTypes: [.acsUserCreated]))
            #expect(ofBuilding.map(\.eventId).contains(created.eventId))
            #expect(ofBuilding.allSatisfy { $0.acsSystemId == building.acsSystemId })
        }
    }

    @Test func entrancesAUserIdentityCanOpen() async throws {
        try await SandboxHarness.withSandbox { harness in
            let client = harness.client
            let building = try #require(try await client.acs.systems.list().first { $0.externalType == "latch_building" })
            let entrances = try await client.acs.entrances.list(
                AcsEntranceListParameters(acsSystemId: building.acsSystemId, limit: 2)).items
            let identity = try await client.userIdentities.create(
                UserIdentityCreateParameters(fullName: "Door Probe", emailAddress: "door.probe@example.com"))
            #expect(try await client.userIdentities.listAccessibleEntrances(userIdentityId: identity.userIdentityId).isEmpty)
            let user = try await client.acs.users.create(AcsUserCreateParameters(
                acsSystemId: building.acsSystemId, fullName: "Door Probe", userIdentityId: identity.userIdentityId))
            _ = try await client.acs.credentials.create(AcsCredentialCreateParameters(
                owner: .acsUserId(user.acsUserId), accessMethod: .mobileKey, allowedAcsEntranceIds: entrances.map(\.acsEntranceId),
                startsAt: .daysFromNow(0), endsAt: .daysFromNow(30), isMultiPhoneSyncCredential: true))
            let doors = try await client.userIdentities.listAccessibleEntrances(userIdentityId: identity.userIdentityId)
            #expect(Set(doors.map(\.acsEntranceId)) == Set(entrances.map(\.acsEntranceId)))
        }
    }
}
