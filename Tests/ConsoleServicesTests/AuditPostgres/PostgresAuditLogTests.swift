import ConsoleCore
import ConsoleServices
import Foundation
import KeydeskTestSupport
import Testing

/// The PostgreSQL sink against a real server: the same rows, chains, filters and verification
/// as the SQLite log, append-only for the writing role, tampering by the admin found.
@Suite struct PostgresAuditLogTests {
    @Test func attemptsAndOutcomesAreChainedPerHostAndReadBackWithFilters() async throws {
        let trail = try await PostgresTrail(server: try requirePostgres())
        let deskA = trail.recorder(host: "desk-a"), deskB = trail.recorder(host: "desk-b")
        let revoked = await deskA.audited("credential.revoke", resourceIDs: ["cred_1"]) { "done" }
        #expect(try revoked.get() == "done")
        let failed = await deskB.audited("user.suspend", resourceIDs: ["user_9"]) { () throws -> String in throw SimulatedAPIFailure() }
        #expect(failed.attempt != nil && !failed.wasRefused)
        _ = await deskA.audited("credential.create", resourceIDs: ["user_2"], detail: "mobile key", answer: { AuditAnswer(resourceIDs: [$0]) }) {
            "cred_new"
        }

        let all = try await trail.log.entries()
        #expect(all.count == 6)
        #expect(all.allSatisfy { !$0.isDamaged })
        let outcomeOfRevoke = try #require(all.first { $0.entry.kind == .outcome && $0.entry.action == "credential.revoke" })
        #expect(outcomeOfRevoke.entry.attemptID == revoked.attempt?.id)
        #expect(outcomeOfRevoke.entry.outcome == .succeeded)
        #expect(all.first { $0.entry.action == "user.suspend" && $0.entry.kind == .outcome }?.entry.errorMessage == "simulated API failure")
        #expect(all.contains { $0.entry.resourceIDs == ["user_2", "cred_new"] })

        #expect(try await trail.log.entries(matching: "SUSPEND user_9").count == 2)
        #expect(try await trail.log.entries(matching: "100%").isEmpty)
        #expect(try await trail.log.entries(limit: 1).count == 1)
        #expect(try await trail.log.entries(since: Date().addingTimeInterval(3600)).isEmpty)

        let verification = try await trail.log.verify()
        #expect(verification.isIntact, "\(verification.summary)")
        #expect(verification.chains.map(\.host) == ["desk-a", "desk-b"])
        #expect(verification.chains.map(\.rowCount) == [4, 2])
    }

    @Test func verifyNamesARowTheAdminEditedOrDeleted() async throws {
        let trail = try await PostgresTrail(server: try requirePostgres())
        for index in 0..<3 {
            _ = await trail.recorder(host: index == 1 ? "desk-b" : "desk-a").audited("credential.revoke", resourceIDs: ["cred_\(index)"]) { () }
        }
        #expect(try await trail.log.verify().isIntact)
        let ids = try trail.database.admin("SELECT id FROM keydesk.audit_log WHERE host = 'desk-a' ORDER BY id")
            .split(separator: "\n").compactMap { Int64($0) }
        #expect(ids.count == 4)

        try trail.database.admin("""
            ALTER TABLE keydesk.audit_log DISABLE TRIGGER audit_log_append_only;
            UPDATE keydesk.audit_log SET os_user = 'mallory' WHERE id = \(ids[1]);
            """)
        let edited = try await trail.log.verify()
        #expect(edited.tampering?.rowID == ids[1])
        #expect(edited.summary.contains("row \(ids[1]) was edited"), "\(edited.summary)")

        try trail.database.admin("""
            ALTER TABLE keydesk.audit_log DISABLE TRIGGER audit_log_append_only;
            UPDATE keydesk.audit_log SET os_user = 'alice' WHERE id = \(ids[1]);
            DELETE FROM keydesk.audit_log WHERE id = \(ids[2]);
            """)
        let deleted = try await trail.log.verify()
        #expect(deleted.tampering?.kind == .missing)
        #expect(deleted.summary.contains("row \(ids[3])"), "\(deleted.summary)")
    }

    @Test func theWritingRoleCanNeitherChangeNorRemoveRows() async throws {
        let trail = try await PostgresTrail(server: try requirePostgres())
        _ = await trail.recorder(host: "desk-a").audited("credential.revoke", resourceIDs: ["cred_1"]) { () }
        for statement in ["UPDATE keydesk.audit_log SET os_user = 'mallory'", "DELETE FROM keydesk.audit_log",
                          "TRUNCATE keydesk.audit_log", "SELECT setval('keydesk.audit_log_id_seq', 1)",
                          "ALTER TABLE keydesk.audit_log DISABLE TRIGGER audit_log_append_only"] {
            let refusal = #expect(throws: PostgresTestFailure.self) { try trail.database.writer(statement) }
            let message = refusal?.description ?? ""
            #expect(message.contains("permission denied") || message.contains("must be owner"), "\(statement): \(message)")
        }
        #expect(try trail.rowCount() == 2)
        #expect(try trail.database.writer("SELECT count(*) FROM keydesk.audit_log") == "2")
    }

    @Test func initDatabaseRefusesASuperuserOrMissingWriterAndIsRepeatable() async throws {
        let server = try requirePostgres()
        let database = try server.database()
        let admin = try PostgresAuditURL(database.adminURL, source: "the test")
        let password = try PostgresPassword.read(.file(server.adminPasswordFile), for: admin)
        let superuser = await #expect(throws: AuditLogError.self) {
            try await PostgresAuditSetup.initialize(admin: admin, adminPassword: password, writerRole: "keydesk_admin")
        }
        #expect(superuser?.reason.contains("must not be the admin role") == true, "\(String(describing: superuser))")
        let missing = await #expect(throws: AuditLogError.self) {
            try await PostgresAuditSetup.initialize(admin: admin, adminPassword: password, writerRole: "nobody_here")
        }
        #expect(missing?.reason.contains("CREATE ROLE \"nobody_here\" LOGIN") == true, "\(String(describing: missing))")
        let first = try await PostgresAuditSetup.initialize(admin: admin, adminPassword: password, writerRole: "keydesk_writer")
        let again = try await PostgresAuditSetup.initialize(admin: admin, adminPassword: password, writerRole: "keydesk_writer")
        #expect(first == again)
        #expect(try database.admin("""
            SELECT string_agg(privilege_type, ',' ORDER BY privilege_type) FROM information_schema.role_table_grants
            WHERE grantee = 'keydesk_writer' AND table_name = 'audit_log'
            """) == "INSERT,SELECT")
    }

    @Test func aMissingSchemaOrAWrongPasswordIsReportedWithWhatToDo() async throws {
        let server = try requirePostgres()
        let database = try server.database()
        let url = try PostgresAuditURL(database.writerURL, source: "the test")
        let noSchema = try PostgresAuditLog(url: url, password: try PostgresPassword.read(.file(server.writerPasswordFile), for: url))
        let missing = await #expect(throws: AuditLogError.self) { try await noSchema.check() }
        #expect(missing?.reason.contains("keydesk audit --init-db") == true, "\(String(describing: missing))")
        let wrong = try PostgresAuditLog(url: url, password: "not-the-password")
        let refused = await #expect(throws: AuditLogError.self) { try await wrong.check() }
        #expect(refused?.reason.contains("28P01") == true, "\(String(describing: refused))")
        #expect(refused?.description.contains("not-the-password") == false)
    }
}
