import ConsoleCore
import ConsoleServices
import ConsoleUI
import Foundation
import KeydeskTestSupport
import Testing

/// Rows damaged by hand (the table rebuilt without its constraints, then NULLs, numbers, bytes
/// that are not UTF-8 and times that do not parse written into it) are read, shown and
/// verified without a crash, and named as damaged.
@Suite struct AuditDamagedRowTests {
    private func damagedLog(_ directory: TemporaryDirectory) async throws -> AuditLog {
        let log = try AuditLog(path: directory.path + "/audit.sqlite")
        try await log.record(entry("credential.revoke", ["cred_ok"], at: 1_800_000_000))
        try await tamper(log.path, """
            db.execute("begin")
            columns = ", ".join(["id"] + COLUMNS + ["row_hash"])
            db.execute("create table loose (id integer primary key, %s)" % ", ".join(COLUMNS + ["row_hash"]))
            db.execute("insert into loose select %s from audit_log" % columns)
            db.execute("drop table audit_log")
            db.execute("alter table loose rename to audit_log")
            def add(row_id, **values):
                row = dict({"host": "desk-1", "time": "2027-01-15T09:00:00.000Z", "kind": "record", "os_user": "mallory",
                            "endpoint": "e", "action": "credential.revoke", "resource_ids": "[]", "outcome": "succeeded",
                            "previous_hash": GENESIS, "row_hash": GENESIS}, **values)
                names = ["id"] + list(row)
                db.execute("insert into audit_log (%s) values (%s)" % (", ".join(names), ", ".join("?" * len(names))),
                           [row_id] + list(row.values()))
            add(2, time=None, os_user=None)
            add(3, os_user=42, profile=b"\\xff", attempt_id="not an id")
            add(4, time="yesterday", kind="bogus", outcome="maybe")
            db.execute("update audit_log set action = cast(x'c328' as text) where id = 3")
            db.execute("commit")
            """)
        return log
    }

    @Test func theConsolesQueryReadsEveryRowAndNamesTheDamage() async throws {
        let directory = try TemporaryDirectory()
        let log = try await damagedLog(directory)
        let records = try await log.entries(matching: nil, limit: 10)
        #expect(records.count == 4)
        let damage = Dictionary(uniqueKeysWithValues: records.map { ($0.id, $0.damage.map(\.description)) })
        #expect(damage[1] == [])
        #expect(damage[2] == ["time is missing", "os_user is missing"])
        #expect(damage[3] == ["os_user is a number, not text", "profile is bytes, not text", "attempt_id is text, not a row id",
                              "action is not valid UTF-8"])
        #expect(damage[4] == ["time is not a valid time", "kind is not attempt, outcome or record",
                              "outcome is not succeeded, failed or unfinished"])
        let three = try #require(records.first { $0.id == 3 })
        #expect(three.entry.osUser == "42")
        #expect(three.entry.action == "\u{FFFD}(")
        #expect(three.statusWord == "DAMAGED")
        #expect(try await log.entries(matching: "mallory", limit: 10).map(\.id) == [4])
    }

    @Test func keydeskAuditShowsWhatItCanAndNamesTheDamagedRows() async throws {
        let directory = try TemporaryDirectory()
        let log = try await damagedLog(directory)
        let table = try AuditExport.output(log: log, since: nil, json: false, sanitize: Sanitizer.sanitize)
        let lines = table.split(separator: "\n")
        #expect(lines.count == 6)
        #expect(lines.last == "3 damaged rows (2, 3, 4): shown with what could be read; DETAIL names the unreadable columns")
        #expect(lines.contains { $0.hasPrefix("3 ") && $0.contains("DAMAGED: os_user is a number, not text") })

        let json = try AuditExport.output(log: log, since: nil, json: true, sanitize: Sanitizer.sanitize)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(array.count == 4)
        let four = try #require(array.first { $0["id"] as? Int == 4 })
        #expect(four["time"] is NSNull)
        #expect(four["kind"] is NSNull)
        #expect((four["damage"] as? [String])?.count == 3)
        #expect((array.first { $0["id"] as? Int == 1 }?["damage"] as? [String]) == [])
    }

    @Test func verifyNamesTheFirstDamagedRowAsChanged() async throws {
        let directory = try TemporaryDirectory()
        let verification = try await damagedLog(directory).verify()
        #expect(verification.tampering?.rowID == 2)
        #expect(verification.tampering?.kind == .edited)
    }
}
