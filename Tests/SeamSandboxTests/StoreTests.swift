import Foundation
import NIOHTTP1
import SeamSandbox
import Testing

/// Persistence across restarts, concurrency, and the demo seed's content.
@Suite struct StoreTests {
    static func tempDirectory() -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("keydesk-sandbox-\(UUID().uuidString)").path
        return path
    }

    @Test func restartOnTheSameDirectoryKeepsEverything() async throws {
        let dir = Self.tempDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let options = SandboxOptions(storage: .directory(dir), seed: .demo, issueDelay: .zero)
        let (userID, systemsBefore, usersBefore) = try await withSandbox(options) { sb in
            let system = try await sb.building()
            let (_, userID) = try await sb.newResident(in: system, name: "Persisted Person")
            let systems = try await sb.post("/acs/systems/list").list("acs_systems").count
            let users = try await sb.post("/acs/users/list").list("acs_users").count
            return (userID, systems, users)
        }
        try await withSandbox(options) { sb in
            let user = try await sb.post("/acs/users/get", ["acs_user_id": userID])
            #expect(user.status == 200)
            #expect(user.object("acs_user")["full_name"] as? String == "Persisted Person")
            #expect(try await sb.post("/acs/systems/list").list("acs_systems").count == systemsBefore)
            // The seed was not applied twice.
            #expect(try await sb.post("/acs/users/list").list("acs_users").count == usersBefore)
        }
    }

    /// The data directory holds residents' names, emails and phone numbers: what the sandbox
    /// creates is its owner's alone, whatever the umask.
    @Test func newDataDirectoriesAndTheDatabaseAreTheOwnersAlone() async throws {
        let root = Self.tempDirectory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let dir = root + "/nested/data"
        let options = SandboxOptions(storage: .directory(dir), seed: .demo, issueDelay: .zero)
        try await withSandbox(options) { sb in
            _ = try await sb.post("/user_identities/create", ["full_name": "Written Down"])
            for path in [root, root + "/nested", dir] {
                #expect(Self.mode(path) == 0o700, "\(path): \(Self.mode(path).map { String($0, radix: 8) } ?? "missing")")
            }
            #expect(Self.mode(dir + "/sandbox.sqlite") == 0o600)
            #expect(Self.mode(dir + "/sandbox.sqlite-wal") != nil, "a WAL database")
            for name in ["sandbox.sqlite-wal", "sandbox.sqlite-shm"] {
                let mode = Self.mode(dir + "/" + name)
                #expect(mode.map { $0 & 0o077 == 0 } ?? true, "\(name): \(mode.map { String($0, radix: 8) } ?? "missing")")
            }
        }
    }

    @Test func anExistingDatabaseOpenToOthersIsMadePrivate() async throws {
        let dir = Self.tempDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let options = SandboxOptions(storage: .directory(dir), seed: .empty, issueDelay: .zero)
        try await withSandbox(options) { _ in }
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: dir)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: dir + "/sandbox.sqlite")
        try await withSandbox(options) { sb in
            let reply = try await sb.post("/workspaces/get")
            #expect(reply.status == 200)
            #expect(Self.mode(dir + "/sandbox.sqlite") == 0o600)
            #expect(Self.mode(dir) == 0o755, "an existing directory is the operator's to set")
        }
    }

    /// The permission bits of the file at `path`, or nil if there is none.
    static func mode(_ path: String) -> Int? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? Int
    }

    @Test func twoServersShareOneDataDirectory() async throws {
        let dir = Self.tempDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let options = SandboxOptions(storage: .directory(dir), seed: .demo, issueDelay: .zero)
        try await withSandbox(options) { a in
            try await withSandbox(options) { b in
                let system = try await a.building()
                let (_, userID) = try await a.newResident(in: system, name: "Shared")
                #expect(try await b.post("/acs/users/get", ["acs_user_id": userID]).status == 200)
            }
        }
    }

    @Test func twoHundredConcurrentCreatesAreAllStoredOnce() async throws {
        try await withSandbox { sb in
            let system = try await sb.building("Harbor Lofts")
            let before = try await sb.post("/acs/users/list", ["acs_system_id": system]).list("acs_users").count
            let ids = try await withThrowingTaskGroup(of: String?.self) { group in
                for i in 0..<200 {
                    group.addTask {
                        let reply = try await sb.post("/acs/users/create", ["acs_system_id": system, "full_name": "Concurrent \(i)"])
                        return reply.object("acs_user")["acs_user_id"] as? String
                    }
                }
                var ids: [String] = []
                for try await id in group { if let id { ids.append(id) } }
                return ids
            }
            #expect(ids.count == 200)
            #expect(Set(ids).count == 200)
            let users = try await sb.post("/acs/users/list", ["acs_system_id": system]).list("acs_users")
            #expect(users.count == before + 200)
            let names = users.compactMap { $0["full_name"] as? String }.filter { $0.hasPrefix("Concurrent ") }
            #expect(Set(names).count == 200 && names.count == 200)
        }
    }

    @Test func demoSeedHasWhatTheConsoleNeeds() async throws {
        try await withSandbox { sb in
            let buildings = try await sb.buildings()
            #expect(buildings.compactMap { $0["name"] as? String } == ["Maple Court", "Harbor Lofts", "Birch House"])
            for building in buildings {
                let id = try #require(building["acs_system_id"] as? String)
                let withManager = building["name"] as? String == "Maple Court"
                #expect((building["location"] as? [String: Any])?["time_zone"] as? String != nil)
                #expect((building["default_credential_manager_acs_system_id"] as? String != nil) == withManager)
                let entrances = try await sb.entrances(of: id)
                #expect(entrances.count >= (building["name"] as? String == "Birch House" ? 6 : 12))
                #expect(entrances.allSatisfy { ($0["latch_metadata"] as? [String: Any])?["door_type"] != nil })
                let managers = try await sb.post("/acs/systems/list_compatible_credential_manager_acs_systems", ["acs_system_id": id]).list("acs_systems")
                #expect(managers.count == (withManager ? 1 : 0))
                #expect(managers.allSatisfy { $0["external_type"] as? String == "assa_abloy_credential_service" })
            }
            let users = try await sb.post("/acs/users/list").list("acs_users")
            let withIdentity = users.filter { $0["user_identity_id"] != nil }
            #expect(withIdentity.count >= 40)
            #expect(users.filter { $0["is_suspended"] as? Bool == true }.count == 1)
            #expect(users.filter { (($0["warnings"] as? [[String: Any]]) ?? []).contains { $0["warning_code"] as? String == "latch_resident_user" } }.count == 1)
            let credentials = try await sb.post("/acs/credentials/list").list("acs_credentials")
            let keys = credentials.filter { $0["access_method"] as? String == "mobile_key" && $0["parent_acs_credential_id"] == nil }
            #expect(keys.count >= 40)
            let now = ISO8601DateFormatter().string(from: Date())
            let expired = keys.filter { ($0["ends_at"] as? String).map { $0 < now } ?? false }
            #expect((2...5).contains(expired.count))
            #expect(keys.allSatisfy { $0["is_issued"] as? Bool == true })
        }
    }

    @Test func seedIsDeterministic() async throws {
        let first = try await withSandbox { sb in try await sb.post("/acs/users/list").list("acs_users").compactMap { $0["acs_user_id"] as? String } }
        let second = try await withSandbox { sb in try await sb.post("/acs/users/list").list("acs_users").compactMap { $0["acs_user_id"] as? String } }
        #expect(first == second)
        #expect(!first.isEmpty)
    }

    @Test func emptySeedIsEmpty() async throws {
        let options = SandboxOptions(storage: .inMemory, seed: .empty, issueDelay: .zero)
        try await withSandbox(options) { sb in
            let systems = try await sb.post("/acs/systems/list").list("acs_systems")
            let users = try await sb.post("/acs/users/list").list("acs_users")
            #expect(systems.isEmpty)
            #expect(users.isEmpty)
        }
    }
}
