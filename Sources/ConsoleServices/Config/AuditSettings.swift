/// The `[audit]` table of config.toml: the PostgreSQL trail that several SSH hosts share
/// (`url`, without a password) and where that role's password comes from (`password_file` or
/// `password_command`; with neither, libpq's passfile). Without the table each host keeps its
/// own SQLite log.
///
///     [audit]
///     url = "postgres://keydesk_writer@db.example.internal/keydesk?sslrootcert=/etc/keydesk/db-ca.pem"
///     password_file = "/etc/keydesk/audit-password"
public struct AuditSettings: Sendable, Equatable {
    public var url: PostgresAuditURL?
    public var passwordFile: String?
    public var passwordCommand: String?

    public init(url: PostgresAuditURL? = nil, passwordFile: String? = nil, passwordCommand: String? = nil) {
        self.url = url
        self.passwordFile = passwordFile
        self.passwordCommand = passwordCommand
    }

    /// The keys an `[audit]` table may hold.
    public static let knownKeys = ["url", "password_file", "password_command"]

    /// Where the password of the trail's role comes from (`place` names the table in errors).
    public func passwordSource(in place: String) throws(ConfigError) -> PostgresPasswordSource {
        try PostgresPasswordSource.chosen(file: passwordFile, command: passwordCommand, in: place)
    }
}
