import GRDB

/// The audit log's tables, applied by a migrator so later versions can add columns.
/// Triggers make the table append-only for every writer, not just for this API.
enum AuditSchema {
    static let table = "audit_log"

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
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
        return migrator
    }
}
