import ConsoleCore
import ConsoleServices
import Foundation
import KeydeskTestSupport
import Testing

/// Opening a log written by the first wave (schema v1, no hashes) chains its rows.
@Suite struct AuditMigrationTests {
    /// Writes a v1 log as the first wave shipped it (its exact schema, GRDB's migration table),
    /// with three rows; the second has bytes for os_user, which v1 let through. The schema is
    /// a frozen copy of what shipped, on purpose: the fixture must not follow later changes.
    private func firstWaveLog(_ directory: TemporaryDirectory) async throws -> String {
        let path = directory.path + "/audit.sqlite"
        _ = try await runPython("""
            import sqlite3, sys
            db = sqlite3.connect(sys.argv[1])
            db.executescript('''
                CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
                INSERT INTO grdb_migrations VALUES ('v1: audit_log');
                CREATE TABLE audit_log (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    time TEXT NOT NULL,
                    os_user TEXT NOT NULL,
                    ssh_client_address TEXT,
                    profile TEXT,
                    endpoint TEXT NOT NULL,
                    action TEXT NOT NULL,
                    resource_ids TEXT NOT NULL,
                    outcome TEXT NOT NULL CHECK (outcome IN ('succeeded', 'failed')),
                    error_message TEXT,
                    seam_request_id TEXT
                );
                CREATE INDEX audit_log_time ON audit_log(time);
                CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
                    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
                CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
                    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
                INSERT INTO audit_log (time, os_user, ssh_client_address, profile, endpoint, action, resource_ids, outcome, seam_request_id)
                    VALUES ('2026-11-01T09:00:00.000Z', 'jane', '198.51.100.4', 'tower', 'https://x', 'credential.revoke', '["cred_1"]', 'succeeded', 'req_1');
                INSERT INTO audit_log (time, os_user, endpoint, action, resource_ids, outcome)
                    VALUES ('2026-11-01T09:05:00.000Z', x'ff00', 'https://x', 'acs_user.suspend', '["u_1"]', 'succeeded');
                INSERT INTO audit_log (time, os_user, endpoint, action, resource_ids, outcome, error_message)
                    VALUES ('2026-11-01T09:10:00.000Z', 'jane', 'https://x', 'acs_user.delete', '["u_2"]', 'failed', 'gone');
            ''')
            db.commit()
            """, [path])
        return path
    }

    @Test func existingRowsKeepTheirIdsAndContentAndAreChainedAsThisHostsRecords() async throws {
        let directory = try TemporaryDirectory()
        let log = try AuditLog(path: try await firstWaveLog(directory), host: "old-desk")
        let records = try await log.entries().reversed().map { $0 }
        #expect(records.map(\.id) == [1, 2, 3])
        #expect(records.map(\.entry.kind) == [.record, .record, .record])
        #expect(records.map(\.entry.host) == ["old-desk", "old-desk", "old-desk"])
        #expect(records.map(\.entry.outcome) == [.succeeded, .succeeded, .failed])
        #expect(records[0].entry.osUser == "jane" && records[0].entry.seamRequestID == "req_1")
        #expect(records[0].entry.time == AuditTime.date(from: "2026-11-01T09:00:00.000Z"))
        #expect(records[2].entry.errorMessage == "gone")
        #expect(records[1].damage.map(\.description) == ["os_user is bytes, not text"])

        let verification = try await log.verify()
        #expect(verification.isIntact, "\(verification.summary)")
        #expect(verification.chains.map(\.rowCount) == [3])
        #expect(verification.damagedRowIDs == [2])
        #expect(verification.summary.contains("unreadable but unchanged since chained: row 2"))
    }

    @Test func theMigratedLogKeepsGrowingItsChainAndStaysAppendOnly() async throws {
        let directory = try TemporaryDirectory()
        let path = try await firstWaveLog(directory)
        let log = try AuditLog(path: path, host: "desk-1")
        let next = try await log.record(entry("credential.revoke"))
        #expect(next.id == 4)
        #expect(try await log.verify().chains.map(\.rowCount) == [4])
        #expect(try await appendOnlyRefusals(path) == 2)
    }

    @Test func aSecondOpenDoesNotChainAgain() async throws {
        let directory = try TemporaryDirectory()
        let path = try await firstWaveLog(directory)
        let first = try await AuditLog(path: path, host: "desk-1").verify()
        let second = try await AuditLog(path: path, host: "another-name").verify()
        #expect(first == second)
    }
}
