import Foundation
import NIOHTTP1
import SeamSandbox
import Testing

/// `/events/list` and `/events/get`: filters, since xor between, mutation events.
@Suite struct EventTests {
    @Test func listNeedsSinceXorBetween() async throws {
        try await withSandbox { sb in
            let neither = try await sb.post("/events/list")
            #expect(neither.status == 400)
            #expect(neither.errorType == "invalid_input")
            let both = try await sb.post("/events/list", ["since": "2020-01-01T00:00:00Z", "between": ["2020-01-01T00:00:00Z", "2040-01-01T00:00:00Z"]])
            #expect(both.status == 400)
            let between = try await sb.send(.GET, "/events/list", query: [("between", "2020-01-01T00:00:00.000Z"), ("between", "2040-01-01T00:00:00.000Z"), ("limit", "5")])
            #expect(between.status == 200, "\(between.body)")
            #expect(between.list("events").count == 5)
        }
    }

    /// `/events/list` is not paginated; its `limit` stops at `EventRoutes.maxLimit` so that one
    /// request cannot ask for every event at once.
    @Test func listLimitIsCappedAtOneThousand() async throws {
        try await withSandbox { sb in
            let since = "2020-01-01T00:00:00Z"
            let most = try await sb.post("/events/list", ["since": since, "limit": 1000])
            #expect(most.status == 200, "\(most.body.prefix(300))")
            for limit in [1001, 1_000_000_000_000] {
                let over = try await sb.post("/events/list", ["since": since, "limit": limit])
                #expect(over.status == 400, "limit \(limit): \(over.body.prefix(300))")
                #expect(over.errorType == "invalid_input")
                #expect(over.errorMessage?.contains("limit") == true && over.errorMessage?.contains("1000") == true, "\(over.body)")
                #expect(over.validationErrors?["limit"] != nil)
            }
            let query = try await sb.send(.GET, "/events/list", query: [("since", since), ("limit", "5000")])
            #expect(query.status == 400)
        }
    }

    @Test func mutationsEmitEvents() async throws {
        try await withSandbox { sb in
            let since = ISO8601DateFormatter().string(from: Date().addingTimeInterval(-1))
            let system = try await sb.building()
            let doors = try await sb.entranceIDs(of: system)
            let (_, userID) = try await sb.newResident(in: system)
            let created = try await sb.post("/acs/credentials/create", ["acs_user_id": userID, "access_method": "code", "allowed_acs_entrance_ids": [doors[0]]])
            let credentialID = try #require(created.object("acs_credential")["acs_credential_id"] as? String)
            let issued = try await eventually {
                try await sb.post("/events/list", ["since": since, "event_type": "acs_credential.issued", "acs_credential_id": credentialID]).list("events").count == 1
            }
            #expect(issued)
            _ = try await sb.semantic(.DELETE, "/acs/credentials/delete", ["acs_credential_id": credentialID])
            _ = try await sb.semantic(.DELETE, "/acs/users/delete", ["acs_user_id": userID])
            let events = try await sb.post("/events/list", ["since": since]).list("events")
            let types = Set(events.compactMap { $0["event_type"] as? String })
            #expect(types.isSuperset(of: ["acs_user.created", "acs_credential.issued", "acs_credential.deleted", "acs_user.deleted"]))
            for event in events {
                for key in ["event_id", "event_type", "workspace_id", "created_at", "occurred_at"] { #expect(event[key] != nil) }
            }
            let times = events.compactMap { $0["created_at"] as? String }
            #expect(times == times.sorted(by: >))
        }
    }
}
