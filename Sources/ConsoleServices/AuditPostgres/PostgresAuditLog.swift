import ConsoleCore
import Foundation
import PostgresNIO

/// The PostgreSQL audit sink: one trail for every SSH host of a front desk, each host's rows a
/// hash chain of their own (`AuditCanonicalForm`), so `keydesk audit --verify` on any host
/// checks them all. Appends of one host are serialized by a transaction-scoped advisory lock on
/// the host's name, taken before the chain's head is read, so two processes on one host never
/// fork its chain while other hosts append at the same time. The role it connects as needs
/// only SELECT and INSERT (`keydesk audit --init-db` grants exactly that). Nothing connects
/// until the first call, and every call reconnects if it must (`PostgresAuditConnector`).
public final class PostgresAuditLog: AuditSink {
    public let url: PostgresAuditURL
    private let connector: PostgresAuditConnector

    public var location: String { url.description }

    /// A sink for `url`'s role with `password` (nil when the server asks for none).
    /// `timeout` is each operation's deadline, connecting included (10 s; tests shorten it).
    public init(url: PostgresAuditURL, password: String?,
                timeout: Duration = .seconds(10)) throws(ConfigError) {
        self.url = url
        connector = try PostgresAuditConnector(url: url, password: password, timeout: timeout)
    }

    public func append(_ entry: AuditEntry) async throws(AuditLogError) -> AuditRecord {
        let entry = PostgresText.storable(entry)
        return try await connector.run("record \(entry.action)") { connection, logger in
            try await connection.query("BEGIN", logger: logger)
            do {
                try await connection.query(
                    "SELECT pg_advisory_xact_lock(\(PostgresAuditSchema.lockSpace), hashtext(\(entry.host)))", logger: logger)
                // A statement of its own, after the lock: its snapshot then sees the last row committed.
                let head = try await connection.query("""
                    SELECT (SELECT row_hash FROM \(unescaped: PostgresAuditSchema.table) WHERE host = \(entry.host) ORDER BY id DESC LIMIT 1),
                           nextval('\(unescaped: PostgresAuditSchema.sequence)')
                    """, logger: logger)
                var previous = AuditCanonicalForm.genesis, id: Int64 = 0
                for try await (hash, next) in head.decode((String?, Int64).self) {
                    previous = hash ?? AuditCanonicalForm.genesis
                    id = next
                }
                let row = AuditStoredRow(id: id, entry: entry, previousHash: previous)
                try await connection.query(PostgresAuditRows.insert(row), logger: logger)
                try await connection.query("COMMIT", logger: logger)
                return AuditRecord(id: id, entry: entry)
            } catch {
                _ = try? await connection.query("ROLLBACK", logger: logger)
                throw error
            }
        }
    }

    public func entries(_ selection: AuditSelection) async throws(AuditLogError) -> [AuditRecord] {
        let query = PostgresAuditQuery.entries(selection)
        return try await connector.run("read entries") { connection, logger in
            var records: [AuditRecord] = []
            for try await row in try await connection.query(query, logger: logger) {
                records.append(AuditRecordDecoder.record(PostgresAuditRows.storedRow(row)))
            }
            return records
        }
    }

    public func storedRows() async throws(AuditLogError) -> [AuditStoredRow] {
        try await connector.run("read rows") { connection, logger in
            var rows: [AuditStoredRow] = []
            let sql = "SELECT \(PostgresAuditRows.selectList) FROM \(PostgresAuditSchema.table) ORDER BY id"
            for try await row in try await connection.query(PostgresQuery(unsafeSQL: sql), logger: logger) {
                rows.append(PostgresAuditRows.storedRow(row))
            }
            return rows
        }
    }

    /// Connects and reads the table once: for a session's start, so that a wrong URL, password
    /// or grant is reported before the console opens.
    public func check() async throws(AuditLogError) {
        try await connector.run("open the audit table") { connection, logger in
            try await connection.query(PostgresQuery(unsafeSQL: "SELECT 1 FROM \(PostgresAuditSchema.table) LIMIT 1"), logger: logger)
        }
    }

    /// Closes the idle connections.
    public func close() async {
        await connector.close()
    }
}
