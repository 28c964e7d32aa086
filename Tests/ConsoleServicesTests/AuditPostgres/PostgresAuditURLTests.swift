import ConsoleServices
import Testing

/// What `--audit-log postgres://…` and `audit.url` accept: never a password, plain TCP only to
/// this machine, a role always; errors say where the password goes instead.
@Suite struct PostgresAuditURLTests {
    @Test func aURLWithAPasswordIsRefusedWithWhereToPutIt() throws {
        let error = #expect(throws: ConfigError.self) {
            try PostgresAuditURL("postgres://keydesk_writer:s3cret@db.example/keydesk", source: "--audit-log")
        }
        let message = error?.message ?? ""
        #expect(message.contains("carries a password"))
        #expect(message.contains("password_file") && message.contains("password_command") && message.contains(".pgpass"))
        #expect(!message.contains("s3cret"))
    }

    @Test func loopbackDefaultsToPlainAndOtherHostsToVerifiedTLS() throws {
        let local = try PostgresAuditURL("postgres://keydesk_writer@127.0.0.1:5433/audit", source: "test")
        #expect(local.server == .tcp(host: "127.0.0.1", port: 5433))
        #expect(local.tls == .disable)
        #expect(local.description == "postgres://keydesk_writer@127.0.0.1:5433/audit")
        let remote = try PostgresAuditURL("postgresql://keydesk_writer@db.example/audit?sslrootcert=/etc/keydesk/ca.pem", source: "test")
        #expect(remote.tls == .verifyFull && remote.port == 5432 && remote.rootCertificateFile == "/etc/keydesk/ca.pem")
        let socket = try PostgresAuditURL("postgres://keydesk_writer@/audit?host=/run/postgresql", source: "test")
        #expect(socket.server == .socket(directory: "/run/postgresql", port: 5432))
        #expect(socket.passfileHost == "localhost")
        #expect(try PostgresAuditURL("postgres://kd@[::1]/audit", source: "test").tls == .disable)
        #expect(try PostgresAuditURL("postgres://kd@localhost", source: "test").database == "kd")
    }

    @Test(arguments: [
        ("postgres://kd@db.example/audit?sslmode=disable", "unencrypted"),
        ("postgres://kd@db.example/audit?sslmode=require", "verify-full"),
        ("postgres://db.example/audit", "names no role"),
        ("postgres://kd@db.example/audit?application_name=x", "unknown parameter 'application_name'"),
        ("postgres://kd@db.example:99999/audit", "invalid port"),
        ("mysql://kd@db.example/audit", "not a postgres:// URL"),
    ])
    func refusals(url: String, words: String) {
        let error = #expect(throws: ConfigError.self) { try PostgresAuditURL(url, source: "audit.url") }
        #expect(error?.message.contains(words) == true, "\(url): \(error?.message ?? "accepted")")
        #expect(error?.message.contains("audit.url") == true)
    }
}
