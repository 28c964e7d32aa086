import ConsoleCore
import ConsoleServices
import Foundation
import KeydeskTestSupport
import Testing

/// How many audit rows per second the PostgreSQL sink takes from 8 concurrent writers (each its
/// own sink and connection, as 8 sessions are): on 8 hosts, whose chains append side by side,
/// and on one host, whose appends take turns on its lock. Prints the figures; fails if a row is
/// lost, a chain breaks, or the median append is slow enough to matter beside a Seam call.
@Suite struct PostgresAuditThroughputTests {
    static let writers = 8
    static let rowsPerWriter = 150

    @Test(arguments: [true, false])
    func eightConcurrentWriters(onSeparateHosts: Bool) async throws {
        let server = try requirePostgres()
        let trail = try await PostgresTrail(server: server)
        let password = try PostgresPassword.read(.file(server.writerPasswordFile), for: trail.url)
        let sinks = try (0..<Self.writers).map { _ in try PostgresAuditLog(url: trail.url, password: password) }
        for sink in sinks { try await sink.check() }

        let start = ContinuousClock.now
        let latencies = try await withThrowingTaskGroup(of: [Duration].self) { group in
            for (index, sink) in sinks.enumerated() {
                let host = onSeparateHosts ? "desk-\(index)" : "desk-shared"
                group.addTask {
                    var latencies: [Duration] = []
                    for row in 0..<Self.rowsPerWriter {
                        let began = ContinuousClock.now
                        _ = try await sink.append(AuditEntry(
                            time: Date(), host: host, osUser: "writer-\(index)", sshClientAddress: nil, profile: nil,
                            endpoint: "https://seam.example", kind: .record, action: "benchmark.write", resourceIDs: ["row_\(row)"],
                            outcome: .succeeded))
                        latencies.append(ContinuousClock.now - began)
                    }
                    return latencies
                }
            }
            return try await group.reduce(into: []) { $0 += $1 }.sorted()
        }
        let elapsed = ContinuousClock.now - start
        let rows = Self.writers * Self.rowsPerWriter
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let median = latencies[latencies.count / 2], p99 = latencies[latencies.count * 99 / 100]
        print("audit postgres throughput: \(Self.writers) writers on \(onSeparateHosts ? "8 hosts" : "one host"): "
            + "\(rows) rows in \(String(format: "%.2f", seconds)) s = \(Int(Double(rows) / seconds)) rows/s; "
            + "append median \(median.formatted(.units(allowed: [.milliseconds], fractionalPart: .show(length: 1)))), "
            + "p99 \(p99.formatted(.units(allowed: [.milliseconds], fractionalPart: .show(length: 1))))")

        #expect(try trail.rowCount() == rows)
        let verification = try await trail.log.verify()
        #expect(verification.isIntact, "\(verification.summary)")
        #expect(verification.chains.count == (onSeparateHosts ? Self.writers : 1))
        // On one host the 8 appends take turns on its lock, so the median waits for about half of
        // the others; a Seam call takes 200-500 ms. Measured under the parallel suite on 2 cores:
        // 149 ms on one host (once), under 100 ms on 8.
        let bound: Duration = onSeparateHosts ? .milliseconds(100) : .milliseconds(300)
        #expect(median < bound, "an audit append should never be the slow part of a change")
        for sink in sinks { await sink.close() }
    }
}
