import ConsoleCore
import ConsoleServices
import Foundation
import KeydeskTestSupport
import Testing

/// Appends `count` chained rows through Python's own sqlite3 module (`pythonAuditChain`), each
/// in its own IMMEDIATE transaction, waiting up to 30 s for the write lock, as another keydesk
/// process would. Halfway it waits (polling, 60 s deadline) until the pools have added 20 more
/// rows, so the two sides are known to have been writing at the same time, whatever the lock
/// scheduling.
private let pythonWriter = pythonAuditChain + "\n" + """
    import datetime, json, sqlite3, sys, time
    db = sqlite3.connect(sys.argv[1], timeout=30, isolation_level=None)
    count = int(sys.argv[2])
    def others():
        return db.execute("select count(*) from audit_log where action != 'python.write'").fetchone()[0]
    for i in range(count):
        if i == count // 2:
            target = others() + 20
            deadline = time.time() + 60
            while others() < target:
                if time.time() > deadline:
                    sys.exit("the pools wrote nothing while python was paused")
                time.sleep(0.002)
        now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
        append(db, {"host": "desk-1", "time": now, "kind": "record", "os_user": "python", "endpoint": "e",
                    "action": "python.write", "resource_ids": json.dumps(["row_%d" % i]), "outcome": "succeeded"})
    """

@Suite struct AuditConcurrencyTests {
    @Test func twoPoolsOpeningANewLogAtOnceBothSucceed() async throws {
        let directory = try TemporaryDirectory()
        // Rounds enough for the two to meet between two steps of the schema now and then (one
        // of them used to fail then: "table audit_log already exists").
        for round in 0..<20 {
            let path = directory.path + "/fresh-\(round).sqlite"
            async let first = Task.detached { try AuditLog(path: path) }.value
            async let second = Task.detached { try AuditLog(path: path) }.value
            let (a, b) = try await (first, second)
            try await a.record(entry("a.open"))
            try await b.record(entry("b.open"))
            #expect(try a.count() == 2)
        }
    }

    @Test func twoPoolsAndAPythonProcessWritingAtOnceLoseNothing() async throws {
        let directory = try TemporaryDirectory()
        let path = directory.path + "/audit.sqlite"
        async let first = Task.detached { try AuditLog(path: path) }.value
        async let second = Task.detached { try AuditLog(path: path) }.value
        let (logA, logB) = try await (first, second)

        let pythonRows = 300
        let python = try SpawnedProcess(["/usr/bin/python3", "-c", pythonWriter, path, String(pythonRows)])

        // Both pools keep writing until the child has finished (at least 50 rows each).
        @Sendable func keepWriting(_ log: AuditLog, as action: String) async throws -> Int {
            let deadline = Date().addingTimeInterval(120)
            var written = 0
            while (python.isRunning || written < 50) && Date() < deadline {
                try await log.record(entry(action, ["row_\(written)"], at: Date().timeIntervalSince1970))
                written += 1
            }
            return written
        }
        async let writtenA = keepWriting(logA, as: "pool_a.write")
        async let writtenB = keepWriting(logB, as: "pool_b.write")
        let (countA, countB) = try await (writtenA, writtenB)
        let finished = try await python.finish(timeout: .seconds(120))
        #expect(finished.status == 0, "python3: \(finished.standardError)")

        #expect(try logA.count() == countA + countB + pythonRows)
        #expect(try await logB.entries(matching: "python.write").count == pythonRows)
        #expect(try await logB.entries(matching: "pool_a.write").count == countA)
        #expect(try await logA.entries(matching: "pool_b.write").count == countB)

        // The writes really overlapped: some rows of this process landed between the child's.
        let records = try await logA.entries()
        let pythonIDs = records.filter { $0.entry.action == "python.write" }.map(\.id)
        let (low, high) = (pythonIDs.min() ?? 0, pythonIDs.max() ?? 0)
        let interleaved = records.filter { $0.entry.action != "python.write" && $0.id > low && $0.id < high }.count
        #expect(interleaved >= 20)
        let verification = try await logA.verify()
        #expect(verification.isIntact, "one chain through every writer: \(verification.summary)")
        #expect(verification.chains.map(\.rowCount) == [countA + countB + pythonRows])
        print("audit concurrency: pool A \(countA) rows, pool B \(countB), python \(pythonRows); \(interleaved) pool rows between python's first and last")
    }
}
