import PostgresNIO

/// Words for what went wrong talking to PostgreSQL, for `AuditLogError.reason`. postgres-nio's
/// own description of an error is deliberately vague, so this reads the server's message and
/// SQLSTATE, or the kind of connection failure, and adds what to do where it is known.
enum PostgresAuditFailure {
    /// The audit did not answer within `PostgresAuditConnector.operationTimeout`.
    struct Timeout: Error {
        let seconds: Int
    }

    static func reason(_ error: any Error, server: String) -> String {
        if let timeout = error as? Timeout {
            return "PostgreSQL at \(server) did not answer within \(timeout.seconds) s"
        }
        guard let error = error as? PSQLError else { return "\(error)" }
        if let info = error.serverInfo, let message = info[.message] {
            let state = info[.sqlState] ?? "?"
            return "PostgreSQL refused: \(message) (SQLSTATE \(state))" + (advice[state].map { "; \($0)" } ?? "")
        }
        switch error.code {
        case .connectionError:
            let cause = error.underlying.map { "\($0)" } ?? "no reason given"
            return "cannot reach PostgreSQL at \(server) (\(cause.contains("refused") ? "connection refused" : cause))"
        case .serverClosedConnection, .uncleanShutdown:
            return "PostgreSQL at \(server) closed the connection (it may be restarting)"
        case .clientClosedConnection:
            return "the connection to PostgreSQL at \(server) was closed"
        case .authMechanismRequiresPassword:
            return "PostgreSQL at \(server) asks for a password and none was found: "
                + "set password_file or password_command in the [audit] table of config.toml, or add a ~/.pgpass line"
        case .sslUnsupported:
            return "PostgreSQL at \(server) does not offer TLS, which sslmode=verify-full requires"
        default:
            return "PostgreSQL at \(server) failed: \(error.code)" + (error.underlying.map { " (\($0))" } ?? "")
        }
    }

    /// What to do about the SQLSTATEs a misconfigured deployment meets.
    private static let advice = [
        "28P01": "check the password in password_file, password_command or ~/.pgpass",
        "28000": "the server's pg_hba.conf does not let this role in from here",
        "3D000": "create the database, then run keydesk audit --init-db ADMIN_URL",
        "42P01": "the audit table does not exist yet: run keydesk audit --init-db ADMIN_URL",
        "3F000": "the audit schema does not exist yet: run keydesk audit --init-db ADMIN_URL",
        "42501": "the role lacks a privilege on the audit table: run keydesk audit --init-db ADMIN_URL to grant SELECT and INSERT",
        "55P03": "another keydesk on this host holds the audit lock and did not let go",
        "57014": "the statement took too long and was cancelled",
    ]
}
