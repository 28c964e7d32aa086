import Foundation
import KeydeskTestSupport
import Testing

/// `keydesk audit` and `keydesk audit --verify` as a person or a script runs them, on a log
/// the first wave wrote (no hashes yet), then on the same log edited by hand.
@Suite struct AuditCommandTests {
    private struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    private func keydesk(_ arguments: [String]) async throws -> Run {
        let result = try await runChildProcess(BinaryLocator.keydesk, arguments)
        return Run(status: result.status, stdout: result.standardOutput, stderr: result.standardError)
    }

    private func python(_ script: String, _ arguments: [String]) async throws {
        let result = try await runChildProcess(URL(fileURLWithPath: "/usr/bin/python3"), ["-c", script] + arguments)
        try #require(result.status == 0, "python3 failed: \(result.standardError)")
    }

    /// A first-wave log (schema v1 as shipped) with three rows, the second full of escapes.
    private func firstWaveLog() async throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("keydesk-audit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent("audit.sqlite").path
        try await python("""
            import sqlite3, sys
            db = sqlite3.connect(sys.argv[1])
            db.executescript('''
                CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
                INSERT INTO grdb_migrations VALUES ('v1: audit_log');
                CREATE TABLE audit_log (id INTEGER PRIMARY KEY AUTOINCREMENT, time TEXT NOT NULL, os_user TEXT NOT NULL,
                    ssh_client_address TEXT, profile TEXT, endpoint TEXT NOT NULL, action TEXT NOT NULL,
                    resource_ids TEXT NOT NULL, outcome TEXT NOT NULL CHECK (outcome IN ('succeeded', 'failed')),
                    error_message TEXT, seam_request_id TEXT);
                CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
                    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
                CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
                    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
            ''')
            hostile = "\\x1b]0;owned\\x07\\x1b[2J\\u202eevil"
            for user, message in (("jane", None), ("jane" + hostile, "gone" + hostile), ("bob", None)):
                db.execute("insert into audit_log (time, os_user, endpoint, action, resource_ids, outcome, error_message) "
                           "values ('2026-11-01T09:00:00.000Z', ?, 'https://x', 'credential.revoke', '[\\"cred_1\\"]', "
                           "'succeeded', ?)", (user, message))
            db.commit()
            """, [path])
        return path
    }

    @Test func verifyChainsAFirstWaveLogThenFindsAnEditedRow() async throws {
        let path = try await firstWaveLog()
        let intact = try await keydesk(["audit", "--verify", "--audit-log", path])
        #expect(intact.status == 0, "\(intact.stderr)")
        let lines = intact.stdout.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("audit log intact: 3 rows in 1 chain") == true)

        try await python("""
            import sqlite3, sys
            db = sqlite3.connect(sys.argv[1])
            db.execute("drop trigger audit_log_no_update")
            db.execute("update audit_log set os_user = 'mallory' where id = 2")
            db.commit()
            """, [path])
        let tampered = try await keydesk(["audit", "--verify", "--audit-log", path])
        #expect(tampered.status == 1)
        #expect(tampered.stdout == "audit log TAMPERED: row 2 was edited: its content no longer matches its hash.\n")
    }

    @Test func theTableAndTheJSONCarryNoEscapes() async throws {
        let path = try await firstWaveLog()
        let table = try await keydesk(["audit", "--audit-log", path])
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.split(separator: "\n").count == 4)
        #expect(!table.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E })
        #expect(table.stdout.contains("jane^[]0;owned^G^[[2J"))

        let json = try await keydesk(["audit", "--json", "--audit-log", path])
        #expect(json.status == 0, "\(json.stderr)")
        #expect(!json.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E })
        #expect(json.stdout.lowercased().contains(#"\u001b]0;owned\u0007\u001b[2j\u202eevil"#))
    }

    @Test func verifyTakesNoOtherOptionsAndSaysWhenItCannotReadTheLog() async throws {
        let path = try await firstWaveLog()
        #expect(try await keydesk(["audit", "--verify", "--json", "--audit-log", path]).status == 2, "a usage error")
        let directory = (path as NSString).deletingLastPathComponent
        let unreadable = try await keydesk(["audit", "--verify", "--audit-log", directory])
        #expect(unreadable.status == 2)
        #expect(unreadable.stderr.hasPrefix("keydesk: audit log \(directory)"))
    }
}
