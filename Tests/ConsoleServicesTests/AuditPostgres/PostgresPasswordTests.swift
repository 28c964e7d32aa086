import ConsoleServices
import Foundation
import KeydeskTestSupport
import Testing

/// The role's password from a private file, a command, or libpq's passfile; never printed.
@Suite struct PostgresPasswordTests {
    let url = try! PostgresAuditURL("postgres://keydesk_writer@127.0.0.1:5433/audit", source: "test")

    @Test func aPrivateFileGivesItsFirstLineAndAReadableOneIsRefused() throws {
        let directory = try TemporaryDirectory()
        let file = try directory.write("s3cret\nnotes\n", to: "password", mode: 0o600)
        #expect(try PostgresPassword.read(.file(file), for: url) == "s3cret")
        let open = try directory.write("s3cret\n", to: "open-password", mode: 0o640)
        let error = #expect(throws: ConfigError.self) { try PostgresPassword.read(.file(open), for: url) }
        #expect(error?.message.contains("chmod 600") == true)
        #expect(error?.message.contains("s3cret") == false)
        let empty = try directory.write("", to: "empty", mode: 0o600)
        #expect(throws: ConfigError.self) { try PostgresPassword.read(.file(empty), for: url) }
    }

    @Test func aCommandGivesTheFirstLineItPrints() throws {
        #expect(try PostgresPassword.read(.command("printf 'from-command\\nmore'"), for: url) == "from-command")
        let error = #expect(throws: ConfigError.self) { try PostgresPassword.read(.command("exit 3"), for: url) }
        #expect(error?.message == "password_command of the audit log failed with exit status 3")
    }

    @Test func thePassfileMatchesHostPortDatabaseAndRoleWithWildcardsAndEscapes() throws {
        let directory = try TemporaryDirectory()
        let passfile = try directory.write("""
            # comment
            db.example:5432:audit:keydesk_writer:elsewhere
            127.0.0.1:5433:other:*:wrong-database
            127.0.0.1:*:audit:keydesk_writer:right\\:one
            *:*:*:*:fallback
            """, to: "pgpass", mode: 0o600)
        let environment = ["PGPASSFILE": passfile]
        #expect(try PostgresPassword.read(.passfile, for: url, environment: environment) == "right:one")
        let other = try PostgresAuditURL("postgres://reader@127.0.0.1:5433/audit", source: "test")
        #expect(try PostgresPassword.read(.passfile, for: other, environment: environment) == "fallback")
        #expect(try PostgresPassword.read(.passfile, for: url, environment: ["PGPASSFILE": directory.path + "/none"]) == nil)
        let shared = try directory.write("*:*:*:*:x\n", to: "shared-pgpass", mode: 0o644)
        #expect(throws: ConfigError.self) { try PostgresPassword.read(.passfile, for: url, environment: ["PGPASSFILE": shared]) }
    }
}
