import ConsoleCore
import ConsoleServices
import Foundation
import KeydeskTestSupport
import Testing

@Suite struct AuditLogTests {
    @Test func createsThePrivateFileAndDirectory() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path + "/state/keydesk/audit.sqlite"
        let log = try AuditLog(path: path)
        try log.record(entry("credential.revoke"))
        #expect(modeOfFile(path) == 0o600)
        #expect(modeOfFile(directory.path + "/state/keydesk") == 0o700)
        if let walMode = modeOfFile(path + "-wal") { #expect(walMode == 0o600) }
    }

    @Test func storesOneRowPerRecordWithEveryField() async throws {
        let directory = try TemporaryDirectory()
        let path = directory.path + "/audit.sqlite"
        let log = try AuditLog(path: path)
        let written = try await log.record(entry("credential.revoke", ["cred_1", "acs_user_2"], requestID: "req_1"))
        let records = try await log.entries()
        #expect(records == [written])
        let stored = try #require(records.first).entry
        #expect(stored.osUser == "alice")
        #expect(stored.sshClientAddress == "203.0.113.7")
        #expect(stored.profile == "tower")
        #expect(stored.endpoint == "https://tower.example")
        #expect(stored.action == "credential.revoke")
        #expect(stored.resourceIDs == ["cred_1", "acs_user_2"])
        #expect(stored.outcome == .succeeded)
        #expect(stored.errorMessage == nil)
        #expect(stored.seamRequestID == "req_1")
        #expect(stored.time == Date(timeIntervalSince1970: 1_800_000_000))

        let raw = try await runPython("""
            import sqlite3, sys, json
            row = sqlite3.connect(sys.argv[1]).execute(
                "select time, resource_ids, outcome, error_message from audit_log").fetchone()
            mode = sqlite3.connect(sys.argv[1]).execute("pragma journal_mode").fetchone()[0]
            print(json.dumps([row[0], row[1], row[2], row[3], mode]))
            """, [path])
        #expect(raw.trimmingCharacters(in: .whitespacesAndNewlines)
            == #"["2027-01-15T08:00:00.000Z", "[\"cred_1\",\"acs_user_2\"]", "succeeded", null, "wal"]"#)
    }

    @Test func recordsFailuresWithTheirMessage() async throws {
        let directory = try TemporaryDirectory()
        let log = try AuditLog(path: directory.path + "/audit.sqlite")
        try await log.record(entry("user.suspend", ["acs_user_1"], outcome: .failed, error: "acs_user not found", requestID: "req_9"))
        let stored = try #require(try await log.entries().first).entry
        #expect(stored.outcome == .failed)
        #expect(stored.errorMessage == "acs_user not found")
        #expect(stored.seamRequestID == "req_9")
    }

    @Test func filtersBySinceAndByWordsNewestFirst() throws {
        let directory = try TemporaryDirectory()
        let log = try AuditLog(path: directory.path + "/audit.sqlite")
        let bob = AuditContext(osUser: "bob", sshClientAddress: nil, profile: nil, endpoint: "http://127.0.0.1:1")
        try log.record(entry("credential.revoke", ["cred_old"], at: 1_000))
        try log.record(entry("user.suspend", ["acs_user_7"], at: 2_000, context: bob))
        try log.record(entry("credential.update", ["cred_new"], at: 3_000, outcome: .failed, error: "ends_at in the past"))

        #expect(try log.entries().map(\.entry.action) == ["credential.update", "user.suspend", "credential.revoke"])
        #expect(try log.entries(since: Date(timeIntervalSince1970: 2_000)).map(\.entry.action) == ["credential.update", "user.suspend"])
        #expect(try log.entries(matching: "BOB").map(\.entry.action) == ["user.suspend"])
        #expect(try log.entries(matching: "credential alice").count == 2)
        #expect(try log.entries(matching: "past failed").map(\.entry.action) == ["credential.update"])
        #expect(try log.entries(matching: "cred_%").isEmpty)
        #expect(try log.entries(limit: 1).map(\.entry.action) == ["credential.update"])
    }

    @Test func theTableRefusesUpdatesAndDeletesFromAnyWriter() async throws {
        let directory = try TemporaryDirectory()
        let path = directory.path + "/audit.sqlite"
        let log = try AuditLog(path: path)
        try await log.record(entry("credential.revoke"))
        #expect(try await appendOnlyRefusals(path) == 2)
        #expect(try await log.entries().first?.entry.osUser == "alice")
    }
}
