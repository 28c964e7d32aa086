import PostgresNIO

/// `keydesk audit --init-db`: creates the audit trail's schema as an admin role and grants the
/// role keydesk writes with SELECT and INSERT only. It refuses a writing role PostgreSQL would
/// not hold to those grants (a superuser, the admin itself, the table's owner), and says how to
/// create the role when it does not exist, since keydesk never handles that role's password.
public enum PostgresAuditSetup {
    /// What was done, one line per fact, for the command to print.
    public static func initialize(admin: PostgresAuditURL, adminPassword: String?, writerRole: String) async throws(AuditLogError) -> [String] {
        let connector: PostgresAuditConnector
        do {
            connector = try PostgresAuditConnector(url: admin, password: adminPassword)
        } catch {
            throw AuditLogError(path: admin.description, reason: error.message)
        }
        do {
            let lines = try await create(writerRole, admin: admin, on: connector)
            await connector.close()
            return lines
        } catch {
            await connector.close()
            throw error
        }
    }

    private static func create(_ writerRole: String, admin: PostgresAuditURL, on connector: PostgresAuditConnector) async throws(AuditLogError) -> [String] {
        try await connector.run("create the audit schema") { connection, logger in
            let problem = try await writerProblem(writerRole, admin: admin.role, connection: connection, logger: logger)
            if let problem { throw SetupRefusal(message: problem) }
            try await connection.query("BEGIN", logger: logger)
            do {
                for statement in PostgresAuditSchema.creation + PostgresAuditSchema.grants(to: writerRole) {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                try await connection.query("COMMIT", logger: logger)
            } catch {
                _ = try? await connection.query("ROLLBACK", logger: logger)
                throw error
            }
            return [
                "audit schema ready: \(PostgresAuditSchema.table) in database \(admin.database), owned by \(admin.role)",
                "role \(writerRole) may SELECT and INSERT rows and draw ids; UPDATE, DELETE and TRUNCATE are not granted",
            ]
        }
    }

    /// Why `role` cannot be the writing role, or nil when it can.
    private static func writerProblem(_ role: String, admin: String, connection: PostgresConnection, logger: Logger) async throws -> String? {
        if role == admin {
            return "the writing role must not be the admin role \(admin): an owner can change and delete rows; "
                + "create a role of its own: CREATE ROLE keydesk_writer LOGIN PASSWORD '…'"
        }
        let rows = try await connection.query("SELECT rolsuper FROM pg_roles WHERE rolname = \(role)", logger: logger)
        var superuser: Bool?
        for try await value in rows.decode(Bool.self) { superuser = value }
        guard let superuser else {
            return "role \(role) does not exist; create it first (as the admin): "
                + "CREATE ROLE \(PostgresAuditSchema.quotedIdentifier(role)) LOGIN PASSWORD '…', then run --init-db again"
        }
        if superuser {
            return "role \(role) is a superuser, which PostgreSQL lets change and delete any row whatever the grants; "
                + "keydesk must write as a plain role: CREATE ROLE keydesk_writer LOGIN PASSWORD '…'"
        }
        let owners = try await connection.query("""
            SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = to_regclass('keydesk.audit_log')
            """, logger: logger)
        for try await owner in owners.decode(String.self) where owner == role {
            return "role \(role) owns keydesk.audit_log and so can change and delete its rows; "
                + "hand the table to the admin role (ALTER TABLE keydesk.audit_log OWNER TO \(admin)) and run --init-db again"
        }
        return nil
    }

    /// A writing role `initialize` will not grant to; its message says why and what to do.
    struct SetupRefusal: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }
}
