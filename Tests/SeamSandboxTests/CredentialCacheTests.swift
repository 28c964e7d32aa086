import Foundation
import NIOHTTP1
import SeamSandbox
import Testing

/// The rendered-credential cache behind `acs/credentials/get|list`: every write, in this
/// process or another one on the same data directory, shows in the very next read.
@Suite struct CredentialCacheTests {
    static func credential(_ reply: Reply) -> [String: Any] { reply.object("acs_credential") }

    /// The object as sorted-key JSON, for comparing two decoded objects.
    static func canonical(_ object: [String: Any]) throws -> Data {
        try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    }

    static func listed(_ sb: TestSandbox, system: String) async throws -> [[String: Any]] {
        let reply = try await sb.semantic(.GET, "/acs/credentials/list", ["acs_system_id": system, "limit": 100])
        #expect(reply.status == 200, "\(reply.body)")
        return reply.list("acs_credentials")
    }

    /// `ends_at` of credential `id` in the system's first page, if listed.
    static func listedEndsAt(_ sb: TestSandbox, system: String, id: String) async throws -> String? {
        let items = try await listed(sb, system: system)
        return Self.item(items, id: id)?["ends_at"] as? String
    }

    static func item(_ items: [[String: Any]], id: String) -> [String: Any]? {
        items.first(where: { $0["acs_credential_id"] as? String == id })
    }

    @Test func aCachedListIsByteForByteTheFirstOne() async throws {
        try await withSandbox { sb in
            let system = try await sb.building()
            let first = try await sb.semantic(.GET, "/acs/credentials/list", ["acs_system_id": system, "limit": 100])
            let second = try await sb.semantic(.GET, "/acs/credentials/list", ["acs_system_id": system, "limit": 100])
            #expect(first.status == 200)
            #expect(!first.list("acs_credentials").isEmpty)
            #expect(first.body == second.body)
            let id = try #require(first.list("acs_credentials").first?["acs_credential_id"] as? String)
            let got = try await sb.semantic(.GET, "/acs/credentials/get", ["acs_credential_id": id])
            #expect(try Self.canonical(Self.credential(got)) == Self.canonical(first.list("acs_credentials")[0]))
        }
    }

    @Test func updatesDeletesCreatesAndIssuanceShowInTheNextRead() async throws {
        try await withSandbox { sb in
            let system = try await sb.building()
            let before = try await Self.listed(sb, system: system)
            let withUser = before.filter { $0["acs_user_id"] != nil }
            let id = try #require(withUser.first?["acs_credential_id"] as? String)
            _ = try await sb.semantic(.GET, "/acs/credentials/get", ["acs_credential_id": id])

            let updated = try await sb.post("/acs/credentials/update", ["acs_credential_id": id, "ends_at": TestSandbox.future])
            #expect(updated.status == 200, "\(updated.body)")
            let got = try await sb.semantic(.GET, "/acs/credentials/get", ["acs_credential_id": id])
            #expect((Self.credential(got)["ends_at"] as? String)?.hasPrefix("2031-01-01T00:00:00") == true, "\(got.body)")
            let relisted = try await Self.listedEndsAt(sb, system: system, id: id)
            #expect(relisted?.hasPrefix("2031-01-01T00:00:00") == true)

            let deleted = try await sb.semantic(.DELETE, "/acs/credentials/delete", ["acs_credential_id": id])
            #expect(deleted.status == 200)
            #expect(try await sb.semantic(.GET, "/acs/credentials/get", ["acs_credential_id": id]).status == 404)
            let afterDelete = try await Self.listed(sb, system: system)
            #expect(Self.item(afterDelete, id: id) == nil)

            let entrances = try await sb.entranceIDs(of: system)
            let (_, userID) = try await sb.newResident(in: system)
            let created = try await sb.post("/acs/credentials/create", [
                "acs_user_id": userID, "access_method": "mobile_key", "allowed_acs_entrance_ids": [entrances[0]],
            ])
            let newID = try #require(Self.credential(created)["acs_credential_id"] as? String, "\(created.body)")
            let issued = try await eventually { try await Self.issuedEverywhere(sb, userID: userID, credentialID: newID) }
            #expect(issued)
        }
    }

    static func issuedEverywhere(_ sb: TestSandbox, userID: String, credentialID: String) async throws -> Bool {
        let listed = try await sb.semantic(.GET, "/acs/credentials/list", ["acs_user_id": userID])
        let got = try await sb.semantic(.GET, "/acs/credentials/get", ["acs_credential_id": credentialID])
        let listedIssued = listed.list("acs_credentials").first?["is_issued"] as? Bool
        let gotIssued = credential(got)["is_issued"] as? Bool
        return listedIssued == true && gotIssued == true
    }

    @Test func aWriteByAnotherProcessOnTheSameDirectoryShowsInTheNextRead() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("keydesk-cache-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let options = SandboxOptions(storage: .directory(dir), seed: .demo, issueDelay: .zero)
        try await withSandbox(options) { a in
            try await withSandbox(options) { b in
                let system = try await a.building()
                let first = try await Self.listed(a, system: system)
                let id = try #require(first.first?["acs_credential_id"] as? String)
                _ = try await a.semantic(.GET, "/acs/credentials/get", ["acs_credential_id": id])
                let updated = try await b.post("/acs/credentials/update", ["acs_credential_id": id, "ends_at": TestSandbox.soon])
                #expect(updated.status == 200, "\(updated.body)")
                let got = try await a.semantic(.GET, "/acs/credentials/get", ["acs_credential_id": id])
                #expect((Self.credential(got)["ends_at"] as? String)?.hasPrefix("2030-06-01T00:00:00") == true, "\(got.body)")
                let listed = try await Self.listedEndsAt(a, system: system, id: id)
                #expect(listed?.hasPrefix("2030-06-01T00:00:00") == true)
            }
        }
    }
}
