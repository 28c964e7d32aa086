import ConsoleServices
import Foundation
import KeydeskTestSupport
import Testing

/// Which sink a host writes to: `--audit-log`, then KEYDESK_AUDIT_LOG, then `[audit] url`, then
/// the SQLite default; and the `[audit]` table's checks.
@Suite struct AuditDestinationTests {
    let paths = KeydeskPaths(environment: ["HOME": "/home/desk"])

    private func config(_ text: String) throws -> KeydeskConfig {
        try KeydeskConfig.parse(text, path: "/etc/keydesk/config.toml")
    }

    @Test func theConfigsURLIsUsedUnlessTheOptionOrTheEnvironmentNamesAnotherLog() throws {
        let shared = try config("""
            [audit]
            url = "postgres://keydesk_writer@127.0.0.1:5433/audit"
            password_file = "/etc/keydesk/audit-password"
            """)
        let url = try PostgresAuditURL("postgres://keydesk_writer@127.0.0.1:5433/audit", source: "test")
        #expect(try AuditDestination.resolve(option: nil, paths: paths, config: shared, environment: [:])
            == .postgres(url, password: .file("/etc/keydesk/audit-password")))
        #expect(try AuditDestination.resolve(option: "/var/lib/keydesk/audit.sqlite", paths: paths, config: shared, environment: [:])
            == .sqlite(path: "/var/lib/keydesk/audit.sqlite", fileMode: 0o660, shared: true))
        let other = try PostgresAuditURL("postgres://kd@127.0.0.1:6000/x", source: "test")
        #expect(try AuditDestination.resolve(option: nil, paths: paths, config: shared,
                                             environment: ["KEYDESK_AUDIT_LOG": "postgres://kd@127.0.0.1:6000/x"])
            == .postgres(other, password: .file("/etc/keydesk/audit-password")))
        #expect(try AuditDestination.resolve(option: nil, paths: paths, config: KeydeskConfig(), environment: [:])
            == .sqlite(path: "/home/desk/.local/state/keydesk/audit.sqlite", fileMode: 0o600, shared: false))
        #expect(try AuditDestination.resolve(option: "postgres://kd@127.0.0.1/x", paths: paths, config: KeydeskConfig(), environment: [:])
            == .postgres(try PostgresAuditURL("postgres://kd@127.0.0.1/x", source: "test"), password: .passfile))
    }

    @Test(arguments: [
        ("[audit]\nurl = \"postgres://kd:pw@127.0.0.1/x\"", "carries a password"),
        ("[audit]\nurl = \"/var/lib/audit.sqlite\"", "not a postgres:// URL"),
        ("[audit]\npassword_file = \"audit-password\"", "must be an absolute path"),
        ("[audit]\npassword_file = \"/a\"\npassword_command = \"pass show x\"", "both password_file and password_command"),
        ("[audit]\npassword = \"x\"", "'audit.password'"),
        ("audit = \"postgres://kd@127.0.0.1/x\"", "'audit' must be a table"),
    ])
    func theAuditTableIsChecked(text: String, words: String) {
        let error = #expect(throws: ConfigError.self) { try config(text) }
        #expect(error?.message.contains(words) == true, "\(text): \(error?.message ?? "accepted")")
    }
}
