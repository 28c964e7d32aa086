import Foundation
import Testing
@testable import SeamAPI

@Suite struct ModelDecodingTests {
    func decode<T: Decodable>(_ type: T.Type, _ json: String) throws -> T {
        try SeamJSON.makeDecoder().decode(type, from: Data(json.utf8))
    }

    @Test func credentialDecodesWithUnknownKeysAndAllPrecisions() throws {
        let credential = try decode(AcsCredential.self, Fixtures.credential)
        #expect(credential.id == "3a5e9a4e-1111-4f0a-9d55-0a1b2c3d4e5f")
        #expect(credential.accessMethod == .mobileKey)
        #expect(credential.code == "1234567")
        #expect(credential.isIssued == false)
        #expect(credential.issuedAt == nil)
        #expect(credential.isLatestDesiredStateSyncedWithProvider == nil)
        #expect(credential.createdAt == SeamDate.parse("2025-06-15T16:54:17.946425Z"))
        #expect(credential.startsAt == SeamDate.parse("2026-01-01T10:40:00Z"))
        #expect(credential.endsAt == SeamDate.parse("2026-02-01T10:40:00Z"))
        #expect(credential.warnings.map(\.warningCode) == ["waiting_to_be_issued", "requested_code_unavailable"])
        #expect(credential.warnings[1].originalCode == "1111111")
        #expect(credential.warnings[1].newCode == "2222222")
        #expect(credential.warnings[0].createdAt == SeamDate.parse("2025-06-15T16:54:18.072Z"))
    }

    @Test func unknownAccessMethodIsKeptNotRejected() throws {
        let json = Fixtures.credential.replacingOccurrences(of: "\"mobile_key\"", with: "\"retina_scan\"")
        let credential = try decode(AcsCredential.self, json)
        #expect(credential.accessMethod == .unknown("retina_scan"))
        #expect(credential.accessMethod.rawValue == "retina_scan")
    }

    @Test func userErrorsWarningsAndPendingMutationsAreDecoded() throws {
        let user = try decode(AcsUser.self, Fixtures.userWithIssues)
        #expect(user.errors.map(\.errorCode) == ["latch_conflict_with_resident_user"])
        #expect(user.errors[0].message == "Exists in Mission Control")
        #expect(user.warnings.map(\.warningCode) == ["latch_resident_user"])
        #expect(user.pendingMutations.first?.mutationCode == "updating_user_information")
        #expect(user.pendingMutations.first?.to?["full_name"]?.stringValue == "Ada")
        #expect(user.isSuspended == true)
        #expect(user.accessSchedule?.endsAt == nil)
        #expect(user.accessSchedule?.startsAt == SeamDate.parse("2025-06-15T00:00:00Z"))
    }

    @Test func missingOptionalKeysAndListsAreTolerated() throws {
        let user = try decode(AcsUser.self, Fixtures.minimalUser)
        #expect(user.errors.isEmpty && user.warnings.isEmpty && user.pendingMutations.isEmpty)
        #expect(user.fullName == nil && user.emailAddress == nil && user.connectedAccountId == nil)
        let nullLists = Fixtures.minimalUser.replacingOccurrences(
            of: "\"display_name\": \"Bo\"", with: "\"display_name\": \"Bo\", \"errors\": null, \"warnings\": null")
        #expect(try decode(AcsUser.self, nullLists).errors.isEmpty)
    }

    @Test func missingRequiredIdFailsDecoding() {
        let json = Fixtures.minimalUser.replacingOccurrences(of: "\"acs_user_id\": \"user-2\",", with: "")
        #expect(throws: DecodingError.self) { try decode(AcsUser.self, json) }
    }

    @Test func entranceWithLatchMetadata() throws {
        let entrance = try decode(AcsEntrance.self, Fixtures.entrance)
        #expect(entrance.latchMetadata == LatchMetadata(
            accessibilityType: "common_area", doorName: "Lobby", doorType: "building_entrance", isConnected: true))
        #expect(entrance.warnings.first?.warningCode == "privacy_mode")
        #expect(entrance.warnings.first?.createdAt == nil)
        #expect(entrance.canUnlockWithMobileKey == true)
    }

    @Test func systemWithLocationAndBridgeError() throws {
        let system = try decode(AcsSystem.self, Fixtures.system)
        #expect(system.id == "sys-1")
        #expect(system.location?.timeZone == "America/New_York")
        #expect(system.errors.first?.isBridgeError == true)
        #expect(system.externalType == "latch_building")
        #expect(system.isCredentialManager == false)
    }

    @Test func identityWithIssueWithAcsUserError() throws {
        let identity = try decode(UserIdentity.self, Fixtures.identity)
        #expect(identity.phoneNumber == nil)
        #expect(identity.acsUserIds == ["user-9"])
        #expect(identity.errors.first?.acsUserId == "user-9")
        #expect(identity.errors.first?.acsSystemId == "sys-1")
    }

    @Test func eventsOfKnownAndUnknownTypes() throws {
        let events = try decode([SeamEvent].self, Fixtures.events)
        #expect(events[0].eventType == .acsCredentialIssued)
        #expect(events[0].acsCredentialId == "cred-1")
        #expect(events[1].eventType == SeamEventType(rawValue: "thermostat.temperature_reached_set_point"))
        #expect(!events[1].eventType.isKnown && events[0].eventType.isKnown)
        #expect(events[1].deviceId == "dev-1")
        #expect(SeamEventType(rawValue: "acs_user.created") == .acsUserCreated)
        #expect(SeamEventType.acsUserCreated.rawValue == "acs_user.created")
        #expect(Set(SeamEventType.allKnown.map(\.rawValue)).count == SeamEventType.allKnown.count)
    }

    @Test func workspaceAndEnrollmentAutomation() throws {
        let workspace = try decode(Workspace.self, Fixtures.workspace)
        #expect(workspace.isSandbox)
        #expect(workspace.connectWebviewCustomization?.primaryButtonColor == "#000000")
        let automation = try decode(EnrollmentAutomation.self, Fixtures.enrollmentAutomation)
        #expect(automation.id == "ea-1")
        #expect(automation.credentialManagerAcsSystemId == "cm-1")
    }

    @Test func actionAttemptStatusesIncludingUnknown() throws {
        let pending = try decode(ActionAttempt.self, Fixtures.actionAttempt(status: "pending"))
        #expect(pending.status == .pending && pending.actionType == .unlockDoor && pending.result == nil)
        let success = try decode(
            ActionAttempt.self, Fixtures.actionAttempt(status: "success", result: #"{"was_confirmed_by_device": true}"#))
        #expect(success.result?["was_confirmed_by_device"]?.boolValue == true)
        let failed = try decode(
            ActionAttempt.self,
            Fixtures.actionAttempt(status: "error", error: #"{"type": "uncategorized_error", "message": "Jammed"}"#))
        #expect(failed.error == ActionAttempt.Failure(type: "uncategorized_error", message: "Jammed"))
        let odd = try decode(ActionAttempt.self, Fixtures.actionAttempt(status: "queued"))
        #expect(odd.status == .unknown("queued"))
    }

    @Test func modelsRoundTripThroughTheSeamCoders() throws {
        let credential = try decode(AcsCredential.self, Fixtures.credential)
        let data = try SeamJSON.makeEncoder().encode(credential)
        let back = try SeamJSON.makeDecoder().decode(AcsCredential.self, from: data)
        // The encoder writes milliseconds, so compare at that precision.
        #expect(back.acsCredentialId == credential.acsCredentialId)
        #expect(back.warnings.count == 2)
        #expect(abs(back.createdAt.timeIntervalSince(credential.createdAt)) < 0.001)
    }

    @Test func pageEnvelopeDecodesItemsAndPagination() throws {
        let page = try SeamJSON.decodePage(Fixtures.credentialPage(count: 500), key: "acs_credentials", as: AcsCredential.self)
        #expect(page.items.count == 500)
        #expect(Set(page.items.map(\.id)).count == 500)
        #expect(page.nextPageCursor == "abc")
    }

    @Test func pageEnvelopeWithoutTheKeyIsAnInvalidResponse() {
        #expect {
            _ = try SeamJSON.decodePage(Data(#"{"ok": true}"#.utf8), key: "acs_users", as: AcsUser.self)
        } throws: { ($0 as? SeamAPIError)?.kind == .invalidResponse }
    }
}
