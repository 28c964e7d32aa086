import Foundation
import NIOHTTP1
import SeamSandbox
import Testing

/// Access Grants over the Latch rules: one mobile-key access method backed by a
/// multi-phone-sync key per building, one PIN access method per entrance; issuance after the
/// delay; idempotency by `access_grant_key`; updates and deletes reaching every credential.
@Suite struct AccessGrantTests {
    static func createGrant(_ sb: TestSandbox, _ style: CallStyle = .postJSON, entrances: [String], key: String? = nil,
                            modes: [String] = ["mobile_key", "code"], email: String = "grant.\(UUID().uuidString.prefix(8))@example.com") async throws -> Reply {
        var params: [String: Any] = [
            "user_identity": ["email_address": email, "full_name": "Grace Grantee"],
            "acs_entrance_ids": entrances, "ends_at": TestSandbox.future,
            "requested_access_methods": modes.map { ["mode": $0] }, "name": "Lease",
        ]
        if let key { params["access_grant_key"] = key }
        return try await sb.call(style, .POST, "/access_grants/create", params)
    }

    static func methods(_ sb: TestSandbox, grant: String) async throws -> [[String: Any]] {
        try await sb.post("/access_methods/list", ["access_grant_id": grant]).list("access_methods")
    }

    @Test(arguments: CallStyle.allCases)
    func aGrantOverTwoBuildingsMakesLatchCredentialsIssuedAfterTheDelay(style: CallStyle) async throws {
        try await withSandbox(PhoneTests.delayed()) { sb in
            let maple = try await sb.building("Maple Court")
            let harbor = try await sb.building("Harbor Lofts")
            let doors = Array(try await sb.entranceIDs(of: maple).prefix(2)) + Array(try await sb.entranceIDs(of: harbor).prefix(1))
            let reply = try await Self.createGrant(sb, style, entrances: doors)
            #expect(reply.status == 200, "\(reply.body)")
            let grant = reply.object("access_grant")
            let grantID = try #require(grant["access_grant_id"] as? String)
            let identityID = try #require(grant["user_identity_id"] as? String)
            let warnings = (grant["warnings"] as? [[String: Any]] ?? []).compactMap { $0["warning_code"] as? String }
            #expect(warnings.contains("underprovisioned_access"))

            let methods = try await Self.methods(sb, grant: grantID)
            let mobile = methods.filter { $0["mode"] as? String == "mobile_key" }
            let codes = methods.filter { $0["mode"] as? String == "code" }
            #expect(mobile.count == 1 && codes.count == 3, "one PIN per entrance, one mobile key")
            #expect(codes.allSatisfy { ($0["code"] as? String).map { $0.count == 7 && $0.allSatisfy(\.isNumber) } == true })
            #expect(methods.allSatisfy { $0["is_issued"] as? Bool == false })
            #expect(Set(grant["access_method_ids"] as? [String] ?? []) == Set(methods.compactMap { $0["access_method_id"] as? String }))

            // Underneath: an ACS user per building linked to the new identity, and its credentials.
            let users = try await sb.post("/user_identities/list_acs_users", ["user_identity_id": identityID]).list("acs_users")
            #expect(Set(users.compactMap { $0["acs_system_id"] as? String }) == [maple, harbor])
            let related = try await sb.call(style, .GET, "/access_methods/get_related", ["access_method_ids": [mobile[0]["access_method_id"] as! String]])
            let keys = related.object("batch")["acs_credentials"] as? [[String: Any]] ?? []
            #expect(keys.count == 2 && keys.allSatisfy { $0["is_multi_phone_sync_credential"] as? Bool == true })
            let pins = try await sb.post("/acs/credentials/list", ["user_identity_id": identityID]).list("acs_credentials").filter { $0["access_method"] as? String == "code" }
            #expect(pins.count == 3)

            #expect(try await eventually { try await Self.methods(sb, grant: grantID).allSatisfy { $0["is_issued"] as? Bool == true && $0["issued_at"] is String } })
            let settled = try await sb.call(style, .GET, "/access_grants/get", ["access_grant_id": grantID]).object("access_grant")
            #expect((settled["warnings"] as? [[String: Any]] ?? []).isEmpty)
            let issued = try await sb.post("/events/list", ["since": "2020-01-01T00:00:00Z", "event_type": "access_method.issued"]).list("events")
            #expect(issued.count == 4)
            #expect(try await sb.post("/events/list", ["since": "2020-01-01T00:00:00Z", "access_grant_id": grantID,
                                                       "event_types": ["access_grant.created", "access_grant.access_granted_to_all_doors"]]).list("events").count == 2)
        }
    }

    @Test(arguments: CallStyle.allCases)
    func aSecondCreateWithTheSameKeyReturnsTheGrantOrIsRefused(style: CallStyle) async throws {
        try await withSandbox { sb in
            let doors = Array(try await sb.entranceIDs(of: try await sb.building()).prefix(1))
            let first = try await Self.createGrant(sb, style, entrances: doors, key: "lease-4b", email: "same@example.com")
            let again = try await Self.createGrant(sb, style, entrances: doors, key: "lease-4b", email: "same@example.com")
            #expect(first.status == 200 && again.status == 200, "\(again.body)")
            #expect(first.object("access_grant")["access_grant_id"] as? String == again.object("access_grant")["access_grant_id"] as? String)
            #expect(try await sb.post("/access_grants/list", ["access_grant_key": "lease-4b"]).list("access_grants").count == 1)
            let differs = try await Self.createGrant(sb, style, entrances: doors, key: "lease-4b", modes: ["code"], email: "same@example.com")
            #expect(differs.status == 400 && differs.errorType == "access_grant_key_conflict")
            #expect(try await sb.call(style, .GET, "/access_grants/get", ["access_grant_key": "lease-4b"]).status == 200)
        }
    }

    @Test(arguments: CallStyle.allCases)
    func updateMovesEveryCredentialAndDeleteRevokesThem(style: CallStyle) async throws {
        try await withSandbox(PhoneTests.delayed()) { sb in
            let doors = Array(try await sb.entranceIDs(of: try await sb.building()).prefix(2))
            let grantID = try #require(try await Self.createGrant(sb, entrances: doors).object("access_grant")["access_grant_id"] as? String)
            let related = try await sb.post("/access_methods/get_related", ["access_method_ids": try await Self.methods(sb, grant: grantID).map { $0["access_method_id"] as! String },
                                                                            "include": ["acs_credentials"]])
            let credentialIDs = (related.object("batch")["acs_credentials"] as? [[String: Any]] ?? []).compactMap { $0["acs_credential_id"] as? String }
            #expect(credentialIDs.count == 3)

            #expect(try await sb.call(style, .PATCH, "/access_grants/update", ["access_grant_id": grantID, "ends_at": TestSandbox.soon]).status == 200)
            let updating = try await sb.post("/access_grants/get", ["access_grant_id": grantID]).object("access_grant")
            #expect((updating["pending_mutations"] as? [[String: Any]] ?? []).contains { $0["mutation_code"] as? String == "updating_access_times" })
            #expect((updating["warnings"] as? [[String: Any]] ?? []).contains { $0["warning_code"] as? String == "updating_access_times" })
            for id in credentialIDs {
                let credential = try await sb.post("/acs/credentials/get", ["acs_credential_id": id]).object("acs_credential")
                #expect((credential["ends_at"] as? String)?.hasPrefix("2030-06-01") == true)
                #expect(credential["is_latest_desired_state_synced_with_provider"] as? Bool == false)
            }
            #expect(try await eventually {
                try await sb.post("/events/list", ["since": "2020-01-01T00:00:00Z", "access_grant_id": grantID, "event_type": "access_grant.access_times_changed"]).list("events").count == 1
            })

            #expect(try await sb.call(style, .DELETE, "/access_grants/delete", ["access_grant_id": grantID]).status == 200)
            let leaving = try await sb.post("/access_grants/get", ["access_grant_id": grantID]).object("access_grant")
            #expect((leaving["warnings"] as? [[String: Any]] ?? []).contains { $0["warning_code"] as? String == "being_deleted" })
            #expect(try await eventually { try await sb.post("/access_grants/get", ["access_grant_id": grantID]).status == 404 })
            for id in credentialIDs { #expect(try await sb.post("/acs/credentials/get", ["acs_credential_id": id]).status == 404) }
            #expect(try await sb.post("/events/list", ["since": "2020-01-01T00:00:00Z", "access_grant_id": grantID, "event_type": "access_grant.deleted"]).list("events").count == 1)
        }
    }

    @Test func cardsCannotBeMadeOnLatchAndMethodsCanBeAddedAndDeleted() async throws {
        try await withSandbox { sb in
            let doors = Array(try await sb.entranceIDs(of: try await sb.building()).prefix(1))
            let grant = try await Self.createGrant(sb, entrances: doors, modes: ["card"]).object("access_grant")
            let grantID = try #require(grant["access_grant_id"] as? String)
            #expect((grant["errors"] as? [[String: Any]] ?? []).first?["error_code"] as? String == "cannot_create_requested_access_methods")
            #expect((grant["access_method_ids"] as? [String])?.isEmpty == true)
            let more = try await sb.post("/access_grants/request_access_methods", ["access_grant_id": grantID, "requested_access_methods": [["mode": "code"]]])
            #expect(more.status == 200, "\(more.body)")
            let methodID = try #require((more.object("access_grant")["access_method_ids"] as? [String])?.first)
            #expect(try await sb.semantic(.DELETE, "/access_methods/delete", ["access_method_id": methodID]).status == 200)
            #expect(try await sb.post("/access_methods/get", ["access_method_id": methodID]).errorType == "access_method_not_found")
            let refused = try await sb.post("/access_grants/request_access_methods", ["access_grant_id": grantID, "requested_access_methods": [["mode": "code", "code": "1234"]]])
            #expect(refused.errorType == "invalid_input" && refused.errorMessage?.contains("code") == true)
        }
    }

    @Test(arguments: CallStyle.allCases)
    func listsFilterByIdentitySystemEntranceAndKeyAndPage(style: CallStyle) async throws {
        try await withSandbox { sb in
            let maple = try await sb.building("Maple Court")
            let harbor = try await sb.building("Harbor Lofts")
            let mapleDoor = try await sb.entranceIDs(of: maple)[0]
            let harborDoor = try await sb.entranceIDs(of: harbor)[0]
            let a = try await Self.createGrant(sb, entrances: [mapleDoor], key: "a").object("access_grant")
            _ = try await Self.createGrant(sb, entrances: [harborDoor], key: "b")
            _ = try await Self.createGrant(sb, entrances: [mapleDoor, harborDoor], key: "c")
            func ids(_ params: [String: Any]) async throws -> Set<String> {
                Set(try await sb.call(style, .GET, "/access_grants/list", params).list("access_grants").compactMap { $0["access_grant_key"] as? String })
            }
            #expect(try await ids(["acs_system_id": harbor]) == ["b", "c"])
            #expect(try await ids(["acs_entrance_id": mapleDoor]) == ["a", "c"])
            #expect(try await ids(["user_identity_id": a["user_identity_id"] as! String]) == ["a"])
            #expect(try await ids(["access_grant_key": "b"]) == ["b"])
            let page = try await sb.call(style, .GET, "/access_grants/list", ["limit": 2])
            #expect(page.list("access_grants").count == 2 && (page.object("pagination")["has_next_page"] as? Bool) == true)
            let cursor = try #require(page.object("pagination")["next_page_cursor"] as? String)
            #expect(try await sb.call(style, .GET, "/access_grants/list", ["limit": 2, "page_cursor": cursor]).list("access_grants").count == 1)
            let byEntrance = try await sb.call(style, .GET, "/access_methods/list", ["acs_entrance_id": harborDoor]).list("access_methods")
            #expect(byEntrance.count == 4, "b and c each have a mobile key and a PIN on that door")
        }
    }
}
