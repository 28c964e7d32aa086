import ConsoleCore
import ConsoleServices
import Foundation
import KeydeskTestSupport
import Testing

/// `AuditLog.verify()` on logs changed by hand after keydesk wrote them: each change is found
/// and the row it touched is named.
@Suite struct AuditVerifyTests {
    /// A log with `count` rows from desk-1, ids 1...count.
    private func log(rows count: Int, in directory: TemporaryDirectory) throws -> AuditLog {
        let log = try AuditLog(path: directory.path + "/audit.sqlite")
        for index in 1...count {
            try log.record(entry("credential.revoke", ["cred_\(index)"], at: 1_800_000_000 + Double(index)))
        }
        return log
    }

    @Test func anUntouchedLogIsIntactWithOneLineNamingEachChainsHead() throws {
        let directory = try TemporaryDirectory()
        let log = try log(rows: 3, in: directory)
        let other = AuditContext(osUser: "bob", sshClientAddress: nil, profile: nil, endpoint: "e", host: "desk-2")
        try log.record(entry("acs_user.suspend", context: other))
        let verification = try log.verify()
        #expect(verification.isIntact)
        #expect(verification.chains.map(\.host) == ["desk-1", "desk-2"])
        #expect(verification.chains.map(\.rowCount) == [3, 1])
        #expect(verification.chains.map(\.lastRowID) == [3, 4])
        let summary = verification.summary
        #expect(summary.hasPrefix("audit log intact: 4 rows in 2 chains"))
        #expect(!summary.contains("\n"))
        #expect(summary.contains(try #require(verification.chains.first?.headHash)))
    }

    @Test func anEmptyLogIsIntact() throws {
        let directory = try TemporaryDirectory()
        let verification = try AuditLog(path: directory.path + "/audit.sqlite").verify()
        #expect(verification.isIntact)
        #expect(verification.summary == "audit log intact: no rows yet.")
    }

    @Test func anEditedRowIsNamed() async throws {
        let directory = try TemporaryDirectory()
        let log = try log(rows: 4, in: directory)
        try await tamper(log.path, "db.execute(\"update audit_log set os_user = 'mallory' where id = 2\")")
        let tampering = try await #require(try log.verify().tampering)
        #expect(tampering.kind == .edited)
        #expect(tampering.rowID == 2)
        #expect(tampering.description == "row 2 was edited: its content no longer matches its hash")
        #expect(try await log.verify().summary == "audit log TAMPERED: row 2 was edited: its content no longer matches its hash.")
    }

    @Test func anEditedHashIsNamedToo() async throws {
        let directory = try TemporaryDirectory()
        let log = try log(rows: 3, in: directory)
        try await tamper(log.path, "db.execute(\"update audit_log set row_hash = '\" + 'ab' * 32 + \"' where id = 3\")")
        let tampering = try await #require(try log.verify().tampering)
        #expect(tampering.rowID == 3)
        #expect(tampering.kind == .edited)
    }

    @Test func aDeletedRowIsNamedByTheRowAfterIt() async throws {
        let directory = try TemporaryDirectory()
        let log = try log(rows: 4, in: directory)
        try await tamper(log.path, "db.execute('delete from audit_log where id = 2')")
        let tampering = try await #require(try log.verify().tampering)
        #expect(tampering.kind == .missing)
        #expect(tampering.rowID == 3)
        #expect(tampering.description == "a row is missing before row 3: it does not follow row 1")
    }

    @Test func deletedFirstRowsAreNamed() async throws {
        let directory = try TemporaryDirectory()
        let log = try log(rows: 3, in: directory)
        try await tamper(log.path, "db.execute('delete from audit_log where id < 3')")
        let tampering = try await #require(try log.verify().tampering)
        #expect(tampering.kind == .missing)
        #expect(tampering.description == "rows are missing before row 3: it is the first row from desk-1 but does not start its chain")
    }

    @Test func aForgedRowWithAValidHashInsertedOutOfOrderIsNamed() async throws {
        let directory = try TemporaryDirectory()
        let log = try log(rows: 3, in: directory)
        // The forger knows the canonical form and links the row to row 1, as if written then.
        try await tamper(log.path, """
            first = db.execute("select row_hash from audit_log where id = 1").fetchone()[0]
            insert(db, 4, {"host": "desk-1", "time": "2027-01-15T08:00:01.500Z", "kind": "record", "os_user": "alice",
                           "endpoint": "https://tower.example", "action": "credential.revoke", "resource_ids": "[]",
                           "outcome": "succeeded", "previous_hash": first})
            """)
        let tampering = try await #require(try log.verify().tampering)
        #expect(tampering.kind == .inserted)
        #expect(tampering.rowID == 4)
        #expect(tampering.description == "row 4 was inserted out of order: it claims to follow row 1, which row 2 already follows")
    }

    @Test func aRowInsertedWithoutAHashIsNamed() async throws {
        let directory = try TemporaryDirectory()
        let log = try log(rows: 2, in: directory)
        try await tamper(log.path, """
            db.execute("insert into audit_log (host, time, kind, os_user, endpoint, action, resource_ids, outcome, "
                       "previous_hash, row_hash) values ('desk-1', '2027-01-15T08:00:09.000Z', 'record', 'mallory', 'e', "
                       "'credential.revoke', '[]', 'succeeded', '', '')")
            """)
        let tampering = try await #require(try log.verify().tampering)
        #expect(tampering.kind == .unhashed)
        #expect(tampering.description == "row 3 was not written by keydesk: it carries no valid hash")
    }

    @Test func aCopiedRowIsNamed() async throws {
        let directory = try TemporaryDirectory()
        let log = try log(rows: 3, in: directory)
        try await tamper(log.path, """
            columns = ", ".join(COLUMNS + ["row_hash"])
            db.execute("insert into audit_log (id, %s) select 4, %s from audit_log where id = 2" % (columns, columns))
            """)
        let tampering = try await #require(try log.verify().tampering)
        #expect(tampering.kind == .copied)
        #expect(tampering.description == "row 4 is a copy of row 2")
    }

    @Test func twoSwappedRowsAreNamedAsRenumbered() async throws {
        let directory = try TemporaryDirectory()
        let log = try log(rows: 4, in: directory)
        try await tamper(log.path, """
            db.execute("update audit_log set id = 100 where id = 2")
            db.execute("update audit_log set id = 2 where id = 3")
            db.execute("update audit_log set id = 3 where id = 100")
            """)
        let tampering = try await #require(try log.verify().tampering)
        #expect(tampering.kind == .renumbered)
        #expect(tampering.description == "row 3 was renumbered: it was written as row 2")
    }

    @Test func aRowMovedToTheEndIsNamedAsRenumberedNotItsNeighbour() async throws {
        let directory = try TemporaryDirectory()
        let log = try log(rows: 5, in: directory)
        try await tamper(log.path, "db.execute('update audit_log set id = 9 where id = 3')")
        let tampering = try await #require(try log.verify().tampering)
        #expect(tampering.description == "row 9 was renumbered: it was written as row 3")
    }

    @Test func rowsReorderedWithRecomputedHashesAreNamedOutOfOrder() async throws {
        let directory = try TemporaryDirectory()
        let log = try log(rows: 3, in: directory)
        // Rows 2 and 3 trade ids, each re-hashed under its new id, their links kept in the
        // order they were written: row 1, then the old row 2 (now 3), then the old row 3 (now 2).
        try await tamper(log.path, """
            rows = {}
            for row in db.execute("select id, " + ", ".join(COLUMNS) + " from audit_log where id in (2, 3)"):
                rows[row[0]] = dict(zip(COLUMNS, row[1:]))
            first = db.execute("select row_hash from audit_log where id = 1").fetchone()[0]
            db.execute("delete from audit_log where id in (2, 3)")
            moved_second = dict(rows[2], previous_hash=first)
            insert(db, 3, moved_second)
            insert(db, 2, dict(rows[3], previous_hash=row_hash(3, moved_second)))
            """)
        let tampering = try await #require(try log.verify().tampering)
        #expect(tampering.kind == .outOfOrder)
        #expect(tampering.description == "row 2 is out of order: it was written after row 3")
    }

    @Test func theFirstOfSeveralChangesIsReported() async throws {
        let directory = try TemporaryDirectory()
        let log = try log(rows: 6, in: directory)
        try await tamper(log.path, """
            db.execute("update audit_log set action = 'x' where id = 5")
            db.execute("delete from audit_log where id = 3")
            """)
        #expect(try await log.verify().tampering?.description == "a row is missing before row 4: it does not follow row 2")
    }

    @Test func rowsWrittenByAnIndependentImplementationOfTheCanonicalFormVerify() async throws {
        let directory = try TemporaryDirectory()
        let log = try log(rows: 2, in: directory)
        _ = try await runPython(pythonAuditChain + "\n" + """
            import sqlite3, sys
            db = sqlite3.connect(sys.argv[1], isolation_level=None)
            append(db, {"host": "desk-1", "time": "2027-01-15T08:00:03.000Z", "kind": "attempt", "os_user": "bob",
                        "endpoint": "e", "action": "credential.revoke", "resource_ids": "[\\"cred_9\\"]", "detail": "é ✓"})
            """, [log.path])
        try await log.record(entry("credential.revoke", at: 1_800_000_010))
        let verification = try await log.verify()
        #expect(verification.isIntact, "\(verification.summary)")
        #expect(verification.chains.first?.rowCount == 4)
    }
}
