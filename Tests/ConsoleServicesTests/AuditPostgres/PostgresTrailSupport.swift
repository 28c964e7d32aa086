import ConsoleCore
import ConsoleServices
import Foundation
import KeydeskTestSupport

/// A fresh audit trail for one test: its own database on the test server, the schema made by
/// `PostgresAuditSetup` as the admin, and a sink writing as the plain writing role.
struct PostgresTrail {
    let database: PostgresTestDatabase
    let url: PostgresAuditURL
    let log: PostgresAuditLog

    init(server: PostgresTestServer) async throws {
        database = try server.database()
        let admin = try PostgresAuditURL(database.adminURL, source: "the test")
        let adminPassword = try PostgresPassword.read(.file(server.adminPasswordFile), for: admin)
        _ = try await PostgresAuditSetup.initialize(admin: admin, adminPassword: adminPassword, writerRole: "keydesk_writer")
        url = try PostgresAuditURL(database.writerURL, source: "the test")
        log = try PostgresAuditLog(url: url, password: try PostgresPassword.read(.file(server.writerPasswordFile), for: url))
    }

    /// A recorder writing as a front desk on `host`.
    func recorder(host: String) -> AuditRecorder {
        AuditRecorder(log: log, context: AuditContext(osUser: "alice", sshClientAddress: "203.0.113.7", profile: "tower",
                                                      endpoint: "https://tower.example", host: host))
    }

    /// How many rows the table holds, counted by the admin.
    func rowCount() throws -> Int {
        Int(try database.admin("SELECT count(*) FROM keydesk.audit_log")) ?? -1
    }
}

/// A stand-in for an API call that fails.
struct SimulatedAPIFailure: Error, CustomStringConvertible {
    var description: String { "simulated API failure" }
}
