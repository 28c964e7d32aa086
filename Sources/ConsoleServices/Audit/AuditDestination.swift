import Foundation

/// Which audit sink this host writes to, decided in one place for the console, `info` and
/// `audit`: `--audit-log` (a path or a postgres:// URL), else `KEYDESK_AUDIT_LOG` (the same),
/// else `url` in the config's `[audit]` table, else the SQLite log in the state directory.
/// A PostgreSQL role's password comes from the `[audit]` table's `password_file` or
/// `password_command`, else libpq's passfile; never from the command line.
public enum AuditDestination: Sendable, Equatable, CustomStringConvertible {
    case sqlite(path: String, fileMode: UInt16, shared: Bool)
    case postgres(PostgresAuditURL, password: PostgresPasswordSource)

    public static func resolve(
        option: String?, paths: KeydeskPaths, config: KeydeskConfig,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(ConfigError) -> AuditDestination {
        let configPlace = "[audit] in \(config.sourcePath ?? "config.toml")"
        let password = try (config.audit ?? AuditSettings()).passwordSource(in: configPlace)
        if let option, PostgresAuditURL.isPostgres(option) {
            return .postgres(try PostgresAuditURL(option, source: "--audit-log"), password: password)
        }
        if option == nil, let variable = environment["KEYDESK_AUDIT_LOG"], PostgresAuditURL.isPostgres(variable) {
            return .postgres(try PostgresAuditURL(variable, source: "KEYDESK_AUDIT_LOG"), password: password)
        }
        if option == nil, !paths.auditDatabaseIsShared, let url = config.audit?.url {
            return .postgres(url, password: password)
        }
        let sqlite = paths.withAuditDatabase(option)
        return .sqlite(path: sqlite.auditDatabase, fileMode: sqlite.auditDatabaseFileMode, shared: sqlite.auditDatabaseIsShared)
    }

    /// Where the rows go, for `keydesk info` and messages.
    public var description: String {
        switch self {
        case let .sqlite(path, _, shared): path + (shared ? " (shared by the host's staff accounts)" : "")
        case let .postgres(url, _): url.description + " (PostgreSQL, shared by the front desk's hosts)"
        }
    }

    /// Opens the sink. SQLite creates its file now; PostgreSQL reads the password now and
    /// connects on the first call (`PostgresAuditLog.check()` tries at once).
    public func open(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> any AuditSink {
        switch self {
        case let .sqlite(path, fileMode, _):
            return try AuditLog(path: path, fileMode: fileMode)
        case let .postgres(url, source):
            return try PostgresAuditLog(url: url, password: try PostgresPassword.read(source, for: url, environment: environment))
        }
    }
}
