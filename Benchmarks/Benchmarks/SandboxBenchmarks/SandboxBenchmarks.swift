import Benchmark
import BenchmarkTolerances
import Foundation
import Logging
import SeamSandbox

// Sandbox throughput and latency on the `large` seed (10 buildings, 21,000 users,
// 105,000 credentials) stored in a temporary WAL directory, as `keydesk sandbox` runs it.
// Run in release mode: `cd Benchmarks && swift package benchmark --target SandboxBenchmarks`.

/// Shared state made once by the setup hook.
final class Fixture: @unchecked Sendable {
    nonisolated(unsafe) static var shared: Fixture?
    let sandbox: RunningSandbox
    let credentialIDs: [String]
    let systemIDs: [String]
    let directory: String

    init(sandbox: RunningSandbox, credentialIDs: [String], systemIDs: [String], directory: String) {
        self.sandbox = sandbox
        self.credentialIDs = credentialIDs
        self.systemIDs = systemIDs
        self.directory = directory
    }

    static func start() async throws -> Fixture {
        if let shared { return shared }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("keydesk-bench-\(UUID().uuidString)").path
        var logger = Logger(label: "keydesk.sandbox.bench")
        logger.logLevel = .error
        let began = ContinuousClock.now
        let sandbox = try await Sandbox.start(SandboxOptions(storage: .directory(directory), seed: .large, issueDelay: .zero), logger: logger)
        print("large seed built and server started in \(ContinuousClock.now - began)")
        let systems = try fetchJSON(sandbox, "/acs/systems/list")["acs_systems"] as? [[String: Any]] ?? []
        let buildingIDs = systems.filter { $0["is_credential_manager"] as? Bool == false }.compactMap { $0["acs_system_id"] as? String }
        var credentialIDs: [String] = []
        for id in buildingIDs {
            let list = try fetchJSON(sandbox, "/acs/credentials/list?acs_system_id=\(id)&limit=200")
            credentialIDs += (list["acs_credentials"] as? [[String: Any]] ?? []).compactMap { $0["acs_credential_id"] as? String }
        }
        let fixture = Fixture(sandbox: sandbox, credentialIDs: credentialIDs, systemIDs: buildingIDs, directory: directory)
        shared = fixture
        LoadProbe.report(fixture)
        return fixture
    }

    /// Stops the server and removes its ~200 MB data directory.
    static func stop() async throws {
        guard let fixture = shared else { return }
        shared = nil
        try await fixture.sandbox.shutdown()
        try? FileManager.default.removeItem(atPath: fixture.directory)
    }

    static func fetchJSON(_ sandbox: RunningSandbox, _ path: String) throws -> [String: Any] {
        let data = try RawFetch.body(port: sandbox.port, path: path, key: sandbox.apiKey)
        return (try JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
    }
}

let credentialsGetPath: @Sendable (Fixture, Int) -> String = { (f: Fixture, i: Int) in "/acs/credentials/get?acs_credential_id=\(f.credentialIDs[i % f.credentialIDs.count])" }
let credentialsListPath: @Sendable (Fixture, Int) -> String = { (f: Fixture, i: Int) in "/acs/credentials/list?acs_system_id=\(f.systemIDs[i % f.systemIDs.count])&limit=100" }

let benchmarks: @Sendable () -> Void = {
    let configuration = Benchmark.Configuration(
        metrics: [.wallClock, .throughput],
        timeUnits: .microseconds,
        warmupIterations: 200,
        maxDuration: .seconds(10),
        maxIterations: 50_000,
        thresholds: Tolerance.thresholds([.wallClock, .throughput])
    )
    // Names without spaces or slashes: ordo-one/benchmark 1.38 writes thresholds under a slugged
    // name but looks them up under the raw one (its issues 301 and 373).
    for (name, path) in [("CredentialsGet", credentialsGetPath), ("CredentialsListBySystem_Limit100", credentialsListPath)] {
        Benchmark("Sandbox\(name)_1Connection", configuration: configuration, closure: { benchmark in
            let fixture = Fixture.shared!
            let connection = try! HTTPConnection(port: fixture.sandbox.port)
            var i = 0
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations {
                let (status, _) = try! connection.get(path(fixture, i), apiKey: fixture.sandbox.apiKey)
                precondition(status == 200)
                i += 1
            }
        }, setup: { _ = try await Fixture.start() }, teardown: { try await Fixture.stop() })
    }
}
