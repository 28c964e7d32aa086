import Foundation
import KeydeskTestSupport
import Testing

/// The built `keydesk audit` against PostgreSQL, as an operator runs it: `--init-db` with the
/// admin's password from a file, then reading rows from two hosts with `--json` and `--since`,
/// and `--verify` passing, then naming the row the admin edited.
@Suite struct PostgresAuditCommandTests {
    private func keydesk(_ arguments: [String], home: String, environment extra: [String: String] = [:]) throws -> HelperProcess {
        let environment = ["HOME": home, "XDG_CONFIG_HOME": home + "/config", "XDG_STATE_HOME": home + "/state",
                           "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"].merging(extra) { $1 }
        return try HelperProcess(arguments: arguments, executable: HelperProcess.executable.deletingLastPathComponent()
            .appendingPathComponent("keydesk"), environment: environment)
    }

    @Test func initReadAndVerifyTheTrailOfTwoHosts() async throws {
        let server = try requirePostgres()
        let database = try server.database()
        let home = try TemporaryDirectory()
        let initialized = try await keydesk(["audit", "--init-db", database.adminURL, "--admin-password-file", server.adminPasswordFile,
                                             "--writer-role", "keydesk_writer"], home: home.path).finish()
        #expect(initialized.status == 0, "\(initialized.standardError)")
        #expect(initialized.standardOutput.contains("role keydesk_writer may SELECT and INSERT"))

        for host in ["desk-a", "desk-b"] {
            let writer = try await HelperProcess(arguments: [database.writerURL, server.writerPasswordFile, host, "revokes", "3"]).finish()
            #expect(writer.status == 0, "\(writer.standardError)")
        }
        let password = try String(contentsOfFile: server.writerPasswordFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        let passfile = try home.write("*:*:*:keydesk_writer:\(password)\n", to: "pgpass", mode: 0o600)
        let withPassfile = ["PGPASSFILE": passfile]

        let json = try await keydesk(["audit", "--audit-log", database.writerURL, "--json"], home: home.path, environment: withPassfile).finish()
        #expect(json.status == 0, "\(json.standardError)")
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [[String: Any]])
        #expect(objects.count == 12)
        #expect(Set(objects.compactMap { $0["host"] as? String }) == ["desk-a", "desk-b"])
        let later = try await keydesk(["audit", "--audit-log", database.writerURL, "--since", "2999-01-01"], home: home.path,
                                      environment: withPassfile).finish()
        #expect(later.standardOutput.contains("(no entries)"))

        let intact = try await keydesk(["audit", "--audit-log", database.writerURL, "--verify"], home: home.path, environment: withPassfile).finish()
        #expect(intact.status == 0, "\(intact.standardError)")
        #expect(intact.standardOutput.hasPrefix("audit log intact: 12 rows in 2 chains"))

        let target = try database.admin("SELECT id FROM keydesk.audit_log WHERE host = 'desk-b' ORDER BY id LIMIT 1 OFFSET 2")
        try database.admin("ALTER TABLE keydesk.audit_log DISABLE TRIGGER audit_log_append_only; "
            + "UPDATE keydesk.audit_log SET detail = 'nothing to see' WHERE id = \(target)")
        let tampered = try await keydesk(["audit", "--audit-log", database.writerURL, "--verify"], home: home.path, environment: withPassfile).finish()
        #expect(tampered.status == 1)
        #expect(tampered.standardOutput.contains("row \(target) was edited"), "\(tampered.standardOutput)")
    }

    @Test func aURLWithAPasswordIsAUsageErrorThatSaysWhereThePasswordGoes() async throws {
        let home = try TemporaryDirectory()
        let run = try await keydesk(["audit", "--audit-log", "postgres://keydesk_writer:hunter2@127.0.0.1/audit"], home: home.path).finish()
        #expect(run.status == 2)
        #expect(run.standardError.contains("password_file"))
        #expect(!run.standardError.contains("hunter2"))
    }
}
