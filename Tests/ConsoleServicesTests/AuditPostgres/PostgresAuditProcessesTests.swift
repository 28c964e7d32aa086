import ConsoleCore
import ConsoleServices
import Foundation
import KeydeskTestSupport
import Testing

/// Several real processes append to one trail at once: two on host desk-a (one running wizard
/// flows, one revokes) must not fork desk-a's chain, and desk-b appends beside them. Every
/// attempt has exactly one outcome, from its host and after it, and the chains verify.
@Suite struct PostgresAuditProcessesTests {
    @Test func concurrentProcessesOnTwoHostsKeepEveryPairAndOneChainPerHost() async throws {
        let server = try requirePostgres()
        let trail = try await PostgresTrail(server: server)
        let writers = [("desk-a", "wizard", 25), ("desk-a", "revokes", 100), ("desk-b", "revokes", 100), ("desk-b", "wizard", 25)]
        let processes = try writers.map { host, flow, count in
            try HelperProcess(arguments: [trail.database.writerURL, server.writerPasswordFile, host, flow, String(count)])
        }
        var attemptIDs: [String: [Int64]] = [:]
        for (process, writer) in zip(processes, writers) {
            let result = try await process.finish()
            #expect(result.status == 0, "\(writer): \(result.standardError)")
            attemptIDs["\(writer.0) \(writer.1)"] = result.standardOutput.split(separator: "\n").compactMap { Int64($0.split(separator: " ")[0]) }
        }
        #expect(attemptIDs.values.map(\.count).sorted() == [100, 100, 100, 100])

        let rows = try await trail.log.entries().sorted { $0.id < $1.id }
        #expect(rows.count == 800)
        let outcomes = Dictionary(grouping: rows.filter { $0.entry.kind == .outcome }, by: { $0.entry.attemptID ?? 0 })
        for attempt in rows where attempt.entry.kind == .attempt {
            let answers = outcomes[attempt.id] ?? []
            #expect(answers.count == 1, "attempt \(attempt.id) has \(answers.count) outcomes")
            if let outcome = answers.first {
                #expect(outcome.id > attempt.id && outcome.entry.host == attempt.entry.host && outcome.entry.action == attempt.entry.action)
            }
        }
        #expect(rows.filter { $0.entry.outcome == .failed }.count == 40)
        // The processes really overlapped: desk-b's rows fall between desk-a's first and last.
        let deskA = rows.filter { $0.entry.host == "desk-a" }.map(\.id)
        let between = rows.filter { $0.entry.host == "desk-b" && $0.id > deskA.min()! && $0.id < deskA.max()! }.count
        #expect(between > 20, "only \(between) desk-b rows among desk-a's")

        let verification = try await trail.log.verify()
        #expect(verification.isIntact, "\(verification.summary)")
        #expect(verification.chains.map(\.host) == ["desk-a", "desk-b"])
        #expect(verification.chains.map(\.rowCount) == [400, 400])
    }
}

/// A running `KeydeskAuditWriter` (or `keydesk`), found beside this test bundle as `swift build` puts it.
struct HelperProcess {
    typealias Result = ChildProcessResult

    static var executable: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("KeydeskAuditWriter")
    }

    private let process: SpawnedProcess

    init(arguments: [String], executable: URL = HelperProcess.executable, environment: [String: String]? = nil) throws {
        process = try SpawnedProcess([executable.path] + arguments, environment: environment)
    }

    /// Waits (at most 120 s, then kills it) and returns what it printed.
    func finish() async throws -> Result {
        try await process.finish(timeout: .seconds(120))
    }
}
