import Foundation
import NIOHTTP1
import SeamSandbox
import Testing

/// Changes take the issue delay to reach the building (the README, "What keydesk shows for Seam's 2026 states"): meanwhile reads show
/// `pending_mutations`, `being_deleted` and unsynced credentials; afterwards the applied state,
/// with events. With no delay they apply at once.
@Suite struct PendingChangeTests {
    static func warnings(_ object: [String: Any]) -> [String] {
        (object["warnings"] as? [[String: Any]] ?? []).compactMap { $0["warning_code"] as? String }
    }

    static func mutations(_ object: [String: Any]) -> [[String: Any]] { object["pending_mutations"] as? [[String: Any]] ?? [] }

    @Test(arguments: CallStyle.allCases)
    func suspendingShowsTheMutationUntilTheDelayHasPassed(style: CallStyle) async throws {
        try await withSandbox(PhoneTests.delayed()) { sb in
            let (_, user) = try await sb.newResident(in: try await sb.building())
            #expect(try await sb.call(style, .POST, "/acs/users/suspend", ["acs_user_id": user]).status == 200)
            let pending = try await sb.call(style, .GET, "/acs/users/get", ["acs_user_id": user]).object("acs_user")
            #expect(pending["is_suspended"] as? Bool == true)
            let mutation = try #require(Self.mutations(pending).first)
            #expect(mutation["mutation_code"] as? String == "updating_suspension_state")
            #expect((mutation["from"] as? [String: Any])?["is_suspended"] as? Bool == false)
            #expect((mutation["to"] as? [String: Any])?["is_suspended"] as? Bool == true)
            #expect(try await eventually { Self.mutations(try await sb.post("/acs/users/get", ["acs_user_id": user]).object("acs_user")).isEmpty })
            #expect(try await sb.post("/acs/users/get", ["acs_user_id": user]).object("acs_user")["is_suspended"] as? Bool == true)

            #expect(try await sb.call(style, .POST, "/acs/users/unsuspend", ["acs_user_id": user]).status == 200)
            let back = try await sb.post("/acs/users/get", ["acs_user_id": user]).object("acs_user")
            #expect((Self.mutations(back).first?["to"] as? [String: Any])?["is_suspended"] as? Bool == false)
        }
    }

    @Test func newAccessTimesAndDetailsArePendingWithFromAndTo() async throws {
        try await withSandbox(PhoneTests.delayed()) { sb in
            let (_, user) = try await sb.newResident(in: try await sb.building())
            let update = try await sb.semantic(.PATCH, "/acs/users/update", ["acs_user_id": user, "full_name": "New Name",
                                                                             "access_schedule": ["starts_at": "2026-01-01T00:00:00.000Z", "ends_at": TestSandbox.future]])
            #expect(update.status == 200, "\(update.body)")
            let codes = Self.mutations(try await sb.post("/acs/users/get", ["acs_user_id": user]).object("acs_user")).compactMap { $0["mutation_code"] as? String }
            #expect(Set(codes) == ["updating_user_information", "updating_access_schedule"])
            #expect(try await eventually { Self.mutations(try await sb.post("/acs/users/get", ["acs_user_id": user]).object("acs_user")).isEmpty })
        }
    }

    @Test(arguments: CallStyle.allCases)
    func deletingAUserMarksItAndItsKeysThenRemovesThemWithEvents(style: CallStyle) async throws {
        try await withSandbox(PhoneTests.delayed()) { sb in
            let building = try await sb.building()
            let (_, user) = try await sb.newResident(in: building)
            let key = try await PhoneTests.mobileKey(sb, user: user, entrances: Array(try await sb.entranceIDs(of: building).prefix(1)))
            #expect(try await sb.call(style, .DELETE, "/acs/users/delete", ["acs_user_id": user]).status == 200)
            let leaving = try await sb.post("/acs/users/get", ["acs_user_id": user]).object("acs_user")
            #expect(Self.warnings(leaving).contains("being_deleted"))
            #expect(Self.mutations(leaving).contains { $0["mutation_code"] as? String == "deleting" })
            #expect(Self.warnings(try await sb.post("/acs/credentials/get", ["acs_credential_id": key]).object("acs_credential")).contains("being_deleted"))
            #expect(try await eventually { try await sb.post("/acs/users/get", ["acs_user_id": user]).status == 404 })
            #expect(try await sb.post("/acs/credentials/get", ["acs_credential_id": key]).status == 404)
            let events = try await sb.post("/events/list", ["since": "2020-01-01T00:00:00Z", "acs_credential_id": key]).list("events").compactMap { $0["event_type"] as? String }
            #expect(events.contains("acs_credential.invalidated") && events.contains("acs_credential.deleted"))
            #expect(try await sb.post("/events/list", ["since": "2020-01-01T00:00:00Z", "acs_user_id": user, "event_type": "acs_user.deleted"]).list("events").count == 1)
        }
    }

    @Test(arguments: CallStyle.allCases)
    func newCredentialDatesAreUnsyncedUntilTheDelayHasPassed(style: CallStyle) async throws {
        try await withSandbox(PhoneTests.delayed()) { sb in
            let building = try await sb.building()
            let (_, user) = try await sb.newResident(in: building)
            let key = try await PhoneTests.mobileKey(sb, user: user, entrances: Array(try await sb.entranceIDs(of: building).prefix(1)))
            #expect(try await eventually { try await sb.post("/acs/credentials/get", ["acs_credential_id": key]).object("acs_credential")["is_issued"] as? Bool == true })
            #expect(try await sb.call(style, .PATCH, "/acs/credentials/update", ["acs_credential_id": key, "ends_at": TestSandbox.soon]).status == 200)
            let updating = try await sb.post("/acs/credentials/get", ["acs_credential_id": key]).object("acs_credential")
            #expect(updating["is_latest_desired_state_synced_with_provider"] as? Bool == false)
            #expect((updating["ends_at"] as? String)?.hasPrefix("2030-06-01") == true)
            let listed = try await sb.post("/acs/credentials/list", ["acs_user_id": user]).list("acs_credentials").first { $0["acs_credential_id"] as? String == key }
            #expect(listed?["is_latest_desired_state_synced_with_provider"] as? Bool == false, "the cached list shows the pending state too")
            #expect(try await eventually {
                try await sb.post("/acs/credentials/list", ["acs_user_id": user]).list("acs_credentials")
                    .first { $0["acs_credential_id"] as? String == key }?["is_latest_desired_state_synced_with_provider"] as? Bool == true
            })
        }
    }

    @Test func revokingAccessToAllEntrancesRemovesEveryKeyOfTheUser() async throws {
        try await withSandbox(PhoneTests.delayed()) { sb in
            let building = try await sb.building()
            let (_, user) = try await sb.newResident(in: building)
            let doors = try await sb.entranceIDs(of: building)
            _ = try await PhoneTests.mobileKey(sb, user: user, entrances: [doors[0]])
            _ = try await PhoneTests.mobileKey(sb, user: user, entrances: [doors[1]])
            let reply = try await sb.post("/acs/users/revoke_access_to_all_entrances", ["acs_user_id": user])
            #expect(reply.status == 200, "\(reply.body)")
            let marked = try await sb.post("/acs/credentials/list", ["acs_user_id": user]).list("acs_credentials")
            #expect(marked.count == 2 && marked.allSatisfy { Self.warnings($0).contains("being_deleted") })
            #expect(try await eventually { try await sb.post("/acs/credentials/list", ["acs_user_id": user]).list("acs_credentials").isEmpty })
            #expect(try await sb.post("/acs/users/get", ["acs_user_id": user]).status == 200, "the user stays")
        }
    }

    @Test func withNoDelayChangesApplyAtOnce() async throws {
        try await withSandbox { sb in
            let building = try await sb.building()
            let (_, user) = try await sb.newResident(in: building)
            let key = try await PhoneTests.mobileKey(sb, user: user, entrances: Array(try await sb.entranceIDs(of: building).prefix(1)))
            _ = try await sb.post("/acs/users/suspend", ["acs_user_id": user])
            #expect(Self.mutations(try await sb.post("/acs/users/get", ["acs_user_id": user]).object("acs_user")).isEmpty)
            _ = try await sb.post("/acs/credentials/delete", ["acs_credential_id": key])
            #expect(try await sb.post("/acs/credentials/get", ["acs_credential_id": key]).status == 404)
            _ = try await sb.post("/acs/users/delete", ["acs_user_id": user])
            #expect(try await sb.post("/acs/users/get", ["acs_user_id": user]).status == 404)
        }
    }
}
