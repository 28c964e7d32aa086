import Foundation
import NIOHTTP1
import SeamSandbox
import Testing

/// Cursor pagination: every item exactly once, cursors tied to the other parameters.
@Suite struct PaginationTests {
    func walk(_ sb: TestSandbox, _ path: String, key: String, idKey: String, params: [String: Any], style: CallStyle) async throws -> [String] {
        var ids: [String] = []
        var cursor: String? = nil
        var pages = 0
        repeat {
            var query = params
            if let cursor { query["page_cursor"] = cursor }
            let reply = try await sb.call(style, .GET, path, query)
            #expect(reply.status == 200, "\(reply.body)")
            ids += reply.list(key).compactMap { $0[idKey] as? String }
            let pagination = reply.object("pagination")
            #expect(pagination["has_next_page"] != nil && pagination["next_page_cursor"] != nil && pagination["next_page_url"] != nil)
            cursor = pagination["next_page_cursor"] as? String
            #expect((pagination["has_next_page"] as? Bool) == (cursor != nil))
            pages += 1
        } while cursor != nil && pages < 1000
        return ids
    }

    @Test(arguments: CallStyle.allCases)
    func everyItemExactlyOnceAcrossPages(style: CallStyle) async throws {
        try await withSandbox { sb in
            let system = try await sb.building()
            let all = try await sb.post("/acs/users/list", ["acs_system_id": system]).list("acs_users").compactMap { $0["acs_user_id"] as? String }
            #expect(all.count >= 20)
            let paged = try await walk(sb, "/acs/users/list", key: "acs_users", idKey: "acs_user_id", params: ["acs_system_id": system, "limit": 7], style: style)
            #expect(paged == all)
            #expect(Set(paged).count == paged.count)
            let credentials = try await walk(sb, "/acs/credentials/list", key: "acs_credentials", idKey: "acs_credential_id", params: ["limit": 10], style: style)
            #expect(Set(credentials).count == credentials.count)
            let unpaged = try await sb.post("/acs/credentials/list").list("acs_credentials")
            #expect(credentials.count == unpaged.count)
            let entrances = try await walk(sb, "/acs/entrances/list", key: "acs_entrances", idKey: "acs_entrance_id", params: ["limit": 5], style: style)
            #expect(entrances.count == Set(entrances).count && entrances.count >= 24)
            let identities = try await walk(sb, "/user_identities/list", key: "user_identities", idKey: "user_identity_id", params: ["limit": 9], style: style)
            #expect(identities.count == Set(identities).count && identities.count >= 40)
        }
    }

    @Test func itemsCreatedWhilePagingAppearOnceAtTheEnd() async throws {
        try await withSandbox { sb in
            let system = try await sb.building()
            let first = try await sb.post("/acs/users/list", ["acs_system_id": system, "limit": 10])
            let cursor = try #require(first.object("pagination")["next_page_cursor"] as? String)
            let created = try await sb.post("/acs/users/create", ["acs_system_id": system, "full_name": "Late Arrival"])
            let newID = try #require(created.object("acs_user")["acs_user_id"] as? String)
            var ids = first.list("acs_users").compactMap { $0["acs_user_id"] as? String }
            var next: String? = cursor
            while let c = next {
                let page = try await sb.post("/acs/users/list", ["acs_system_id": system, "limit": 10, "page_cursor": c])
                ids += page.list("acs_users").compactMap { $0["acs_user_id"] as? String }
                next = page.object("pagination")["next_page_cursor"] as? String
            }
            #expect(ids.filter { $0 == newID }.count == 1)
            #expect(ids.last == newID)
            #expect(Set(ids).count == ids.count)
        }
    }

    @Test func cursorWithDifferentParametersIsRejected() async throws {
        try await withSandbox { sb in
            let system = try await sb.building()
            let other = try await sb.building("Harbor Lofts")
            let first = try await sb.post("/acs/users/list", ["acs_system_id": system, "limit": 5])
            let cursor = try #require(first.object("pagination")["next_page_cursor"] as? String)
            let url = try #require(first.object("pagination")["next_page_url"] as? String)
            #expect(url.hasPrefix(sb.baseURL + "/acs/users/list?"))
            let mismatched = try await sb.post("/acs/users/list", ["acs_system_id": other, "limit": 5, "page_cursor": cursor])
            #expect(mismatched.status == 400)
            #expect(mismatched.errorType == "mismatched_page_parameters")
            let garbage = try await sb.post("/acs/users/list", ["acs_system_id": system, "page_cursor": "not-a-cursor!"])
            #expect(garbage.status == 400)
            #expect(garbage.errorType == "invalid_input")
            #expect(garbage.validationErrors?["page_cursor"] != nil)
            // The next_page_url works as is.
            let path = String(url.dropFirst(sb.baseURL.count))
            let parts = path.split(separator: "?", maxSplits: 1)
            let query = parts[1].split(separator: "&").map { pair -> (String, String) in
                let kv = pair.split(separator: "=", maxSplits: 1).map { String($0).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String($0) }
                return (kv[0], kv.count > 1 ? kv[1] : "")
            }
            let followed = try await sb.send(.GET, String(parts[0]), query: query)
            #expect(followed.status == 200, "\(followed.body)")
            #expect(followed.list("acs_users").first?["acs_user_id"] as? String != first.list("acs_users").first?["acs_user_id"] as? String)
        }
    }
}
