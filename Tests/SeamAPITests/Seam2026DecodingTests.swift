import Foundation
import Testing
@testable import SeamAPI

/// Decoding of what Seam sends in 2026: lenient credential dates, issue
/// codes this client does not know, and the new resources.
@Suite struct Seam2026DecodingTests {
    func decode<T: Decodable>(_ type: T.Type, _ json: String) throws -> T {
        try SeamJSON.makeDecoder().decode(type, from: Data(json.utf8))
    }

    @Test func oneCredentialWithUnreadableDatesDoesNotFailItsPage() throws {
        let page = try SeamJSON.decodePage(
            Fixtures.credentialPage(count: 500, oddIndex: 137), key: "acs_credentials", as: AcsCredential.self)
        #expect(page.items.count == 500)
        let odd = page.items[137]
        #expect(odd.startsAt == nil && odd.endsAt == nil)
        #expect(odd.startsAtTimestamp == .text("next Tuesday"))
        #expect(odd.endsAtTimestamp == .text("20260201"))
        #expect(odd.startsAtTimestamp?.description == "next Tuesday")
        let normal = page.items[138]
        #expect(normal.startsAt == SeamDate.parse("2026-01-01T10:40:00Z"))
        #expect(normal.endsAtTimestamp?.description == "2026-02-01T10:40:00.000Z")
    }

    @Test func unreadableDatesSurviveARoundTripAndDatesCanBeSet() throws {
        let json = Fixtures.credential.replacingOccurrences(of: #""2026-01-01T10:40:00Z""#, with: #""soon""#)
        var credential = try decode(AcsCredential.self, json)
        let back = try SeamJSON.makeDecoder().decode(AcsCredential.self, from: SeamJSON.makeEncoder().encode(credential))
        #expect(back.startsAtTimestamp == .text("soon"))
        let start = try #require(SeamDate.parse("2026-05-01T00:00:00Z"))
        credential.startsAt = start
        #expect(credential.startsAtTimestamp == .date(start))
        credential.endsAt = nil
        #expect(credential.endsAtTimestamp == nil)
    }

    @Test func accessGrantDecodesEverythingAConsoleShows() throws {
        let grant = try decode(AccessGrant.self, Fixtures.accessGrant)
        #expect(grant.id == "7c1e4b2a-5d3f-4e8a-9b6c-1a2b3c4d5e6f")
        #expect(grant.userIdentityId == "ui-1")
        #expect(grant.accessGrantKey == "lease-4b-2026")
        #expect(grant.name == nil && grant.displayName == "Grace Tenant: Lobby, Apt 4B")
        #expect(grant.displayStatus == "Upcoming")
        #expect(grant.startsAt == SeamDate.parse("2026-03-02T00:00:00Z") && grant.endsAt == nil)
        #expect(grant.spaceIds == ["sp-1"] && grant.locationIds.isEmpty)
        #expect(grant.accessMethodIds == ["am-1", "am-2"])
        #expect(grant.requestedAccessMethods.map(\.mode) == [.mobileKey, .code])
        #expect(grant.requestedAccessMethods.map(\.createdAccessMethodIds) == [["am-1"], ["am-2"]])
        #expect(grant.requestedAccessMethods[1].code == "482193")
        #expect(grant.requestedAccessMethods[0].instantKeyMaxUseCount == 1)
        #expect(grant.instantKeyUrl == "https://ik.seam.co/abc")
        #expect(grant.errors.map(\.errorCode) == [.cannotCreateRequestedAccessMethods])
        #expect(grant.errors[0].missingDeviceIds == ["dev-9"])
        #expect(grant.warnings.map(\.warningCode) == [.updatingAccessTimes, .requestedCodeUnavailable])
        #expect(grant.warnings[0].accessMethodIds == ["am-1"])
        #expect(grant.warnings[1].deviceId == "dev-2" && grant.warnings[1].newCode == "482193")
        #expect(grant.pendingMutations[0].mutationCode == .updatingAccessTimes)
        #expect(grant.pendingMutations[0].to?["starts_at"]?.stringValue == "2026-03-02T00:00:00Z")
    }

    @Test func unknownCodesAreKeptWithTheirMessages() throws {
        let grant = try decode(AccessGrant.self, Fixtures.accessGrant)
        #expect(grant.pendingMutations[1].mutationCode == "rehoming_spaces")
        #expect(grant.pendingMutations[1].mutationCode.rawValue == "rehoming_spaces")
        #expect(grant.pendingMutations[1].message == "A code from the future")
        let method = try decode(AccessMethod.self, Fixtures.pendingCodeMethod)
        #expect(method.warnings.map(\.warningCode.rawValue) == ["delay_in_issuing", "battery_low_on_reader"])
        #expect(method.warnings[1].message == "Reader battery at 5%")
        let user = try decode(AcsUser.self, Fixtures.userWithIssues.replacingOccurrences(
            of: "latch_conflict_with_resident_user", with: "door_os_migration_pending"))
        #expect(user.errors.map(\.errorCode) == [ResourceErrorCode(rawValue: "door_os_migration_pending")])
        #expect(user.errors[0].message == "Exists in Mission Control")
        #expect("\(user.errors[0].errorCode)" == "door_os_migration_pending")
    }

    @Test func accessMethodsIssuedAndPending() throws {
        let key = try decode(AccessMethod.self, Fixtures.mobileKeyMethod)
        #expect(key.mode == .mobileKey && key.isIssued)
        #expect(key.issuedAt == SeamDate.parse("2026-03-01T09:00:05.5Z"))
        #expect(key.code == nil && key.instantKeyUrl == "https://ik.seam.co/abc")
        let pin = try decode(AccessMethod.self, Fixtures.pendingCodeMethod)
        #expect(pin.mode == .code && !pin.isIssued && pin.issuedAt == nil && pin.code == "482193")
        #expect(pin.displayStatus == "Setting code on the lock")
        #expect(pin.warnings.first?.warningCode == .delayInIssuing)
        #expect(pin.pendingMutations.map(\.mutationCode) == [.provisioningAccess])
    }

    @Test func connectedAccountWithItsIssues() throws {
        let account = try decode(ConnectedAccount.self, Fixtures.connectedAccount)
        #expect(account.id == "ca-1" && account.accountType == "latch")
        #expect(account.userIdentifier?.email == "ops@elm.example")
        #expect(account.acceptedCapabilities == ["access_control"])
        #expect(account.customMetadata?["pilot"] == .bool(true))
        #expect(account.errors.first?.errorCode == .accountDisconnected)
        #expect(account.errors.first?.isConnectedAccountError == true)
        #expect(account.warnings.first?.warningCode == .scheduledMaintenanceWindow)
    }

    @Test func phoneAndItsCredentialServiceMetadata() throws {
        let phone = try decode(Phone.self, Fixtures.phone)
        #expect(phone.id == "ph-1" && phone.deviceType == .iosPhone)
        #expect(phone.properties?.assaAbloyCredentialServiceMetadata?.hasActiveEndpoint == true)
        let other = try decode(Phone.self, Fixtures.phone.replacingOccurrences(of: "ios_phone", with: "watch"))
        #expect(other.deviceType == .unknown("watch"))
    }

    @Test func batchKeepsTheKindsItKnowsAndSkipsTheRest() throws {
        let batch = try decode(ResourceBatch.self, Fixtures.batch)
        #expect(batch.accessGrants.map(\.id) == ["7c1e4b2a-5d3f-4e8a-9b6c-1a2b3c4d5e6f"])
        #expect(batch.accessMethods.map(\.id) == ["am-1", "am-2"])
        #expect(batch.acsEntrances.map(\.id) == ["ent-1"])
        #expect(batch.acsSystems.map(\.id) == ["sys-1"])
        #expect(batch.userIdentities.map(\.id) == ["ui-1"])
        #expect(batch.acsCredentials.isEmpty && batch.connectedAccounts.isEmpty && batch.acsUsers.isEmpty)
    }

    @Test func userPendingMutationsCarryTheirExtraFields() throws {
        let json = Fixtures.minimalUser.replacingOccurrences(of: #""display_name": "Bo""#, with: #"""
            "display_name": "Bo", "pending_mutations": [
              {"mutation_code": "deferring_creation", "message": "Later", "created_at": "2026-01-01T00:00:00Z",
               "scheduled_at": "2026-01-02T00:00:00Z"},
              {"mutation_code": "deferring_group_membership_update", "message": "Later", "created_at": "2026-01-01T00:00:00Z",
               "acs_access_group_id": "grp-1", "variant": "adding"}]
            """#)
        let user = try decode(AcsUser.self, json)
        #expect(user.pendingMutations.map(\.mutationCode) == [.deferringCreation, .deferringGroupMembershipUpdate])
        #expect(user.pendingMutations[0].scheduledAt == SeamDate.parse("2026-01-02T00:00:00Z"))
        #expect(user.pendingMutations[1].acsAccessGroupId == "grp-1")
    }

    @Test func systemCountsTypedAsNumbersDecode() throws {
        let json = Fixtures.system.replacingOccurrences(
            of: #""warnings": []"#, with: #""warnings": [], "acs_user_count": 12.0, "acs_access_group_count": 0"#)
        let system = try decode(AcsSystem.self, json)
        #expect(system.acsUserCount == 12 && system.acsAccessGroupCount == 0)
    }

    @Test func eventsOfAccessGrantsCarryTheirIds() throws {
        let json = #"""
            {"event_id": "ev-9", "event_type": "access_method.issued", "workspace_id": "ws-1",
             "created_at": "2026-03-01T09:00:05Z", "occurred_at": "2026-03-01T09:00:05Z", "access_method_id": "am-1",
             "access_grant_ids": ["g-1"], "access_grant_keys": ["lease-4b-2026"], "code": "482193", "is_backup_code": false}
            """#
        let event = try decode(SeamEvent.self, json)
        #expect(event.eventType == .accessMethodIssued)
        #expect(event.accessMethodId == "am-1" && event.accessGrantIds == ["g-1"])
        #expect(event.accessGrantKeys == ["lease-4b-2026"])
    }
}
