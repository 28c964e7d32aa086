import ConsoleCore
import ConsoleServices
import Foundation
import KeydeskTestSupport
import Synchronization
import Testing

/// Fail closed: while PostgreSQL is down a change is refused before its call and nothing half
/// is written; once the server is back the same sink (no restart) lets the next change through.
/// Runs on a cluster of its own, since it stops the server.
@Suite struct PostgresAuditOutageTests {
    @Test func aStoppedServerRefusesTheNextChangeAndARestartedOneAllowsIt() async throws {
        _ = try requirePostgres()
        let cluster = try PostgresTestCluster.start()
        defer { cluster.destroy() }
        let trail = try await PostgresTrail(server: cluster.server)
        let recorder = trail.recorder(host: "desk-a")
        _ = await recorder.audited("credential.revoke", resourceIDs: ["cred_before"]) { () }
        #expect(try trail.rowCount() == 2)

        try cluster.stop()
        let called = CallCounter()
        let refused = await recorder.audited("credential.revoke", resourceIDs: ["cred_during"]) { called.increment() }
        #expect(refused.wasRefused)
        #expect(called.count == 0, "nothing is sent to Seam without an attempt row")
        let refusal = try #require(refused.result.failureValue as? AuditRefusal)
        #expect(refusal.description.contains("credential.revoke was not done"))
        // Said in words: the server is unreachable (or, if its closing was not yet seen, it closed the connection).
        #expect(refusal.description.contains("cannot reach PostgreSQL at 127.0.0.1:")
            || refusal.description.contains("closed the connection (it may be restarting)"), "\(refusal)")
        #expect(refusal.consoleFailure.kind == .auditUnavailable, "the console shows the AUDIT LOG UNAVAILABLE banner")
        let reading = await #expect(throws: AuditLogError.self) { try await trail.log.entries() }
        #expect(reading?.description.contains(trail.url.description) == true)

        try cluster.resume()
        let allowed = await recorder.audited("credential.revoke", resourceIDs: ["cred_after"]) { called.increment() }
        #expect(!allowed.wasRefused && allowed.auditProblem == nil)
        #expect(called.count == 1)
        let rows = try await trail.log.entries()
        #expect(rows.count == 4, "the refused change left no row")
        #expect(!rows.contains { $0.entry.resourceIDs.contains("cred_during") })
        #expect(try await trail.log.verify().isIntact)
    }
}

/// Counts the calls a change made, from any task.
final class CallCounter: Sendable {
    private let calls = Mutex(0)
    func increment() { calls.withLock { $0 += 1 } }
    var count: Int { calls.withLock { $0 } }
}

extension Result {
    var failureValue: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
