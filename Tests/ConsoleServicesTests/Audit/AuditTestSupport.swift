import ConsoleCore
import ConsoleServices
import Foundation
import KeydeskTestSupport

let deskContext = AuditContext(osUser: "alice", sshClientAddress: "203.0.113.7", profile: "tower", endpoint: "https://tower.example",
                               host: "desk-1")

func entry(
    _ action: String,
    _ ids: [String] = ["cred_1"],
    at seconds: TimeInterval = 1_800_000_000,
    outcome: AuditOutcome = .succeeded,
    error: String? = nil,
    requestID: String? = nil,
    context: AuditContext = deskContext
) -> AuditEntry {
    AuditEntry(context: context, time: Date(timeIntervalSince1970: seconds), action: action, resourceIDs: ids,
               outcome: outcome, errorMessage: error, seamRequestID: requestID)
}

/// Runs `/usr/bin/python3 -c script args...` and returns its stdout, or throws with its stderr.
func runPython(_ script: String, _ arguments: [String]) async throws -> String {
    let result = try await runChildProcess(URL(fileURLWithPath: "/usr/bin/python3"), ["-c", script] + arguments)
    if result.status != 0 { throw PythonFailure(status: result.status, stderr: result.standardError) }
    return result.standardOutput
}

struct PythonFailure: Error, CustomStringConvertible {
    let status: Int32
    let stderr: String
    var description: String { "python3 exited \(status): \(stderr)" }
}

/// The canonical form of `AuditCanonicalForm`, written again in Python from its documentation,
/// and a chained append as another writer would do it. Scripts that start with this text can
/// call `row_hash(id, values)` and `append(db, values)` (db opened with isolation_level=None).
let pythonAuditChain = #"""
    import hashlib
    COLUMNS = ["host", "time", "kind", "attempt_id", "os_user", "ssh_client_address", "profile", "endpoint",
               "action", "resource_ids", "detail", "outcome", "error_message", "seam_request_id", "previous_hash"]
    GENESIS = "0" * 64
    def encode(value):
        if value is None: return b"n"
        if isinstance(value, int): return b"i%d" % value
        if isinstance(value, str): value = value.encode()
        return b"t%d:" % len(value) + value
    def row_hash(row_id, values):
        out = b"keydesk-audit-row-v1\nid:" + encode(row_id) + b"\n"
        for column in COLUMNS:
            out += column.encode() + b":" + encode(values.get(column)) + b"\n"
        return hashlib.sha256(out).hexdigest()
    def insert(db, row_id, values):
        names = ["id"] + COLUMNS + ["row_hash"]
        db.execute("insert into audit_log (%s) values (%s)" % (", ".join(names), ", ".join("?" * len(names))),
                   [row_id] + [values.get(c) for c in COLUMNS] + [row_hash(row_id, values)])
    def append(db, values):
        db.execute("begin immediate")
        head = db.execute("select row_hash from audit_log where host = ? order by id desc limit 1",
                          (values["host"],)).fetchone()
        row_id = db.execute("select max(ifnull((select seq from sqlite_sequence where name = 'audit_log'), 0), "
                            "ifnull((select max(id) from audit_log), 0)) + 1").fetchone()[0]
        insert(db, row_id, dict(values, previous_hash=head[0] if head else GENESIS))
        db.execute("commit")
    """#

/// Runs `script` against the log at `path` with the append-only triggers dropped, as someone
/// editing the file by hand would; `db` is open in autocommit mode.
func tamper(_ path: String, _ script: String) async throws {
    _ = try await runPython(pythonAuditChain + "\n" + """
        import sqlite3, sys
        db = sqlite3.connect(sys.argv[1], isolation_level=None)
        db.execute("drop trigger audit_log_no_update")
        db.execute("drop trigger audit_log_no_delete")

        """ + script, [path])
}

/// How many of an UPDATE and a DELETE on the log at `path`, made by another SQLite client,
/// the append-only triggers refuse (2 when both are).
func appendOnlyRefusals(_ path: String) async throws -> Int {
    let result = try await runPython("""
        import sqlite3, sys
        db = sqlite3.connect(sys.argv[1])
        refused = 0
        for sql in ("update audit_log set os_user = 'mallory'", "delete from audit_log"):
            try:
                db.execute(sql); db.commit()
            except sqlite3.DatabaseError as error:
                refused += 'append-only' in str(error)
        print(refused)
        """, [path])
    return Int(result.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
}
