import GRDB

/// The audit log's tables, applied by a migrator so later versions can add columns.
/// Triggers make the table append-only for every writer, not just for this API.
enum AuditSchema {
    static let table = "audit_log"

    /// The migrations; `host` names this machine in the rows chained by v2.
    static func migrator(host: String) -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        // The first wave's table, kept as it shipped so existing files migrate from it.
        migrator.registerMigration("v1: audit_log") { db in
            try db.execute(sql: """
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
                """)
        }
        migrator.registerMigration("v2: attempts, outcomes and a hash chain per host") { db in
            try AuditChainMigration.apply(db, host: host)
        }
        // SQLite cannot change a CHECK in place: the rows move, as they are (hashes included),
        // into a table whose outcome may also be 'refused'.
        migrator.registerMigration("v3: the refused outcome") { db in
            try createChainedTable(named: "audit_log_v3", in: db)
            try db.execute(sql: "INSERT INTO audit_log_v3 SELECT * FROM audit_log ORDER BY id")
            try db.execute(sql: "DROP TABLE audit_log")
            try db.execute(sql: "ALTER TABLE audit_log_v3 RENAME TO audit_log")
            try finishChainedTable(in: db)
        }
        return migrator
    }

    /// The chained table under `name`: host, kind, attempt id, detail, the unfinished and refused outcomes, and
    /// the chain's two hashes (see `AuditCanonicalForm`).
    static func createChainedTable(named name: String, in db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE \(name) (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                host TEXT NOT NULL,
                time TEXT NOT NULL,
                kind TEXT NOT NULL CHECK (kind IN ('attempt', 'outcome', 'record')),
                attempt_id INTEGER,
                os_user TEXT NOT NULL,
                ssh_client_address TEXT,
                profile TEXT,
                endpoint TEXT NOT NULL,
                action TEXT NOT NULL,
                resource_ids TEXT NOT NULL,
                detail TEXT,
                outcome TEXT CHECK (outcome IN ('succeeded', 'failed', 'unfinished', 'refused')),
                error_message TEXT,
                seam_request_id TEXT,
                previous_hash TEXT NOT NULL,
                row_hash TEXT NOT NULL,
                CHECK ((kind = 'outcome') = (attempt_id IS NOT NULL)),
                CHECK ((kind = 'attempt') = (outcome IS NULL))
            )
            """)
    }

    /// Indexes and the append-only triggers of the v2 table.
    static func finishChainedTable(in db: Database) throws {
        try db.execute(sql: """
            CREATE INDEX audit_log_time ON audit_log(time);
            CREATE INDEX audit_log_host ON audit_log(host, id);
            CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
                BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
            CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
                BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
            """)
    }
}
