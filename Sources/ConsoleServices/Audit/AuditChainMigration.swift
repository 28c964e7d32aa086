import GRDB

/// Schema v2: rebuilds the first wave's `audit_log` (SQLite cannot change a CHECK in place) with
/// host, kind, attempt id, detail, the unfinished outcome and the hash chain, keeping every id.
///
/// Existing rows are chained here, at migration, as they are at that moment: they become
/// kind 'record' (one row after the call, all the first wave wrote), their host is this
/// machine's name (the file was only ever written on this host), and each is hashed and
/// linked in id order. The chain therefore vouches for them only from the migration on: an
/// edit made to the file before the upgrade cannot be detected.
enum AuditChainMigration {
    static func apply(_ db: Database, host: String) throws {
        let staging = "audit_log_chained"
        try AuditSchema.createChainedTable(named: staging, in: db)
        try db.execute(sql: """
            INSERT INTO \(staging) (id, host, time, kind, attempt_id, os_user, ssh_client_address, profile,
                endpoint, action, resource_ids, detail, outcome, error_message, seam_request_id,
                previous_hash, row_hash)
            SELECT id, ?, time, 'record', NULL, os_user, ssh_client_address, profile,
                endpoint, action, resource_ids, NULL, outcome, error_message, seam_request_id, '', ''
            FROM audit_log ORDER BY id
            """, arguments: [host])
        // The staging table has no triggers yet, so the hashes can be filled in.
        var heads: [String: String] = [:]
        for var row in try AuditSQLiteRows.fetch(db, table: staging) {
            let previous = heads[row.chainHost] ?? AuditCanonicalForm.genesis
            row.values[.previousHash] = AuditStoredValue(previous)
            let hash = AuditCanonicalForm.hash(of: row)
            heads[row.chainHost] = hash
            try db.execute(sql: "UPDATE \(staging) SET previous_hash = ?, row_hash = ? WHERE id = ?",
                           arguments: [previous, hash, row.id])
        }
        try db.execute(sql: "DROP TABLE audit_log")
        try db.execute(sql: "ALTER TABLE \(staging) RENAME TO audit_log")
        try AuditSchema.finishChainedTable(in: db)
    }
}
