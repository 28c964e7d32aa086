import Foundation
import SeamAPI
import Testing

/// `accessGrants` and `accessMethods`: the request each route sends (verb, path, query or JSON
/// body as the SDKs send them) and the answer it decodes, against a loopback server.
@Suite struct AccessGrantRouteTests {
    static let start = SeamDate.parse("2026-03-02T00:00:00Z")!
    static let end = SeamDate.parse("2026-09-01T00:00:00Z")!
    static let grantAnswer = Fixtures.envelope("access_grant", Fixtures.accessGrant)
    static let ok = #"{"ok": true}"#

    @Test func createWithANewIdentityPostsTheSpecShape() async throws {
        let (requests, grant) = try await exchange(answering: Self.grantAnswer) { client in
            try await client.accessGrants.create(AccessGrantCreateParameters(
                grantee: .newUserIdentity(fullName: "Grace Tenant", emailAddress: "grace@example.com",
                                          phoneNumber: "+15555550100"),
                requestedAccessMethods: [AccessMethodRequest(mode: .mobileKey), AccessMethodRequest(mode: .code)],
                acsEntranceIds: ["ent-1", "ent-2"], startsAt: Self.start, endsAt: Self.end, name: "Apt 4B lease",
                accessGrantKey: "lease-4b-2026"))
        }
        #expect(requests.map(\.line) == ["POST /access_grants/create"])
        #expect(requests[0].headers["content-type"] == "application/json")
        #expect(requests[0].body == #"{"access_grant_key":"lease-4b-2026","acs_entrance_ids":["ent-1","ent-2"],"#
            + #""ends_at":"2026-09-01T00:00:00.000Z","name":"Apt 4B lease","#
            + #""requested_access_methods":[{"mode":"mobile_key"},{"mode":"code"}],"#
            + #""starts_at":"2026-03-02T00:00:00.000Z","#
            + #""user_identity":{"email_address":"grace@example.com","full_name":"Grace Tenant","phone_number":"+15555550100"}}"#)
        #expect(grant.accessGrantKey == "lease-4b-2026")
    }

    @Test func createForAnExistingIdentityNamesItById() async throws {
        let (requests, _) = try await exchange(answering: Self.grantAnswer) { client in
            try await client.accessGrants.create(AccessGrantCreateParameters(
                grantee: .userIdentityId("ui-1"), requestedAccessMethods: [AccessMethodRequest(mode: .code, code: "4821")],
                spaceIds: ["sp-1"]))
        }
        #expect(requests[0].body
            == #"{"requested_access_methods":[{"code":"4821","mode":"code"}],"space_ids":["sp-1"],"user_identity_id":"ui-1"}"#)
    }

    @Test func getByIdOrByKey() async throws {
        let (requests, grants) = try await exchange(answering: Self.grantAnswer) { client in
            [try await client.accessGrants.get(.accessGrantId("g-1")),
             try await client.accessGrants.get(.accessGrantKey("lease 4B"))]
        }
        #expect(requests.map(\.line) == [
            "GET /access_grants/get?access_grant_id=g-1&_strict=true",
            "GET /access_grants/get?access_grant_key=lease+4B&_strict=true",
        ])
        #expect(grants.map(\.displayStatus) == ["Upcoming", "Upcoming"])
    }

    @Test func listFiltersAndPaginatesThroughCursors() async throws {
        let first = Fixtures.envelope("access_grants", "[\(Fixtures.accessGrant)]",
                                      pagination: #"{"has_next_page": true, "next_page_cursor": "c2", "next_page_url": null}"#)
        let last = Fixtures.envelope("access_grants", "[\(Fixtures.accessGrant)]",
                                     pagination: #"{"has_next_page": false, "next_page_cursor": null, "next_page_url": null}"#)
        let (requests, grants) = try await exchange(answering: first, last) { client in
            try await client.accessGrants.paginate(AccessGrantListParameters(
                userIdentityId: "ui-1", acsEntranceId: "ent-1", accessGrantIds: ["g-1", "g-2"], limit: 1)).collectAll()
        }
        #expect(requests.map(\.line) == [
            "GET /access_grants/list?access_grant_ids=g-1&access_grant_ids=g-2&acs_entrance_id=ent-1&limit=1"
                + "&user_identity_id=ui-1&_strict=true",
            "GET /access_grants/list?access_grant_ids=g-1&access_grant_ids=g-2&acs_entrance_id=ent-1&limit=1"
                + "&page_cursor=c2&user_identity_id=ui-1&_strict=true",
        ])
        #expect(grants.count == 2)
    }

    @Test func updatePatchesOnlyWhatChangesAndNullClears() async throws {
        let (requests, _) = try await exchange(answering: Self.ok) { client in
            try await client.accessGrants.update(
                .accessGrantKey("lease-4b-2026"), AccessGrantUpdateParameters(endsAt: .null, name: .value("Apt 4B")))
            try await client.accessGrants.update(.accessGrantId("g-1"), AccessGrantUpdateParameters(endsAt: .value(Self.end)))
        }
        #expect(requests.map(\.line) == ["PATCH /access_grants/update", "PATCH /access_grants/update"])
        #expect(requests.map(\.body) == [
            #"{"access_grant_key":"lease-4b-2026","ends_at":null,"name":"Apt 4B"}"#,
            #"{"access_grant_id":"g-1","ends_at":"2026-09-01T00:00:00.000Z"}"#,
        ])
    }

    @Test func deleteAndRequestMoreAccessMethods() async throws {
        let (requests, grant) = try await exchange(answering: Self.ok, Self.grantAnswer) { client in
            try await client.accessGrants.delete(accessGrantId: "g-1")
            return try await client.accessGrants.requestAccessMethods(
                accessGrantId: "g-2", [AccessMethodRequest(mode: .mobileKey, instantKeyMaxUseCount: 3)])
        }
        #expect(requests.map(\.line) == [
            "DELETE /access_grants/delete?access_grant_id=g-1&_strict=true", "POST /access_grants/request_access_methods",
        ])
        #expect(requests[1].body
            == #"{"access_grant_id":"g-2","requested_access_methods":[{"instant_key_max_use_count":3,"mode":"mobile_key"}]}"#)
        #expect(grant.requestedAccessMethods.count == 2)
    }

    @Test func getRelatedOfGrantsAndOfMethodsAnswerABatch() async throws {
        let answer = Fixtures.envelope("batch", Fixtures.batch)
        let (requests, batches) = try await exchange(answering: answer) { client in
            [try await client.accessGrants.getRelated(accessGrantIds: ["g-1"], include: [.acsEntrances, .accessMethods]),
             try await client.accessMethods.getRelated(accessMethodIds: ["am-1", "am-2"], exclude: [.spaces])]
        }
        #expect(requests.map(\.line) == [
            "GET /access_grants/get_related?access_grant_ids=g-1&include=acs_entrances&include=access_methods&_strict=true",
            "GET /access_methods/get_related?access_method_ids=am-1&access_method_ids=am-2&exclude=spaces&_strict=true",
        ])
        #expect(batches.map { $0.accessMethods.count } == [2, 2])
    }

    @Test func accessMethodsGetListAndDelete() async throws {
        let one = Fixtures.envelope("access_method", Fixtures.pendingCodeMethod)
        let page = Fixtures.envelope("access_methods", "[\(Fixtures.mobileKeyMethod), \(Fixtures.pendingCodeMethod)]",
                                     pagination: #"{"has_next_page": false, "next_page_cursor": null, "next_page_url": null}"#)
        let (requests, result) = try await exchange(answering: one, page, Self.ok) { client in
            let method = try await client.accessMethods.get(accessMethodId: "am-2")
            let listed = try await client.accessMethods.list(AccessMethodListParameters(accessGrantId: "g-1"))
            try await client.accessMethods.delete(accessMethodId: "am-2")
            return (method, listed)
        }
        #expect(requests.map(\.line) == [
            "GET /access_methods/get?access_method_id=am-2&_strict=true",
            "GET /access_methods/list?access_grant_id=g-1&_strict=true",
            "DELETE /access_methods/delete?access_method_id=am-2&_strict=true",
        ])
        #expect(result.0.code == "482193")
        #expect(result.1.items.map(\.isIssued) == [true, false])
        #expect(result.1.nextPageCursor == nil)
    }
}
