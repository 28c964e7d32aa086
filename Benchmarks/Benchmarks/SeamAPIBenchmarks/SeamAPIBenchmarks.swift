// SeamAPI benchmarks: decoding a full credential page, and walking 100,000 credentials of the
// sandbox's `large` seed through the paginator. Run: `cd Benchmarks && swift package benchmark
// --target SeamAPIBenchmarks`.
import Benchmark
import BenchmarkTolerances
import Foundation
import SeamAPI
import SeamSandbox
import Synchronization

let benchmarks: @Sendable () -> Void = {
    Benchmark(
        "Decode500CredentialPage",
        configuration: .init(
            metrics: [.wallClock, .throughput, .mallocCountTotal, .peakMemoryResident],
            maxDuration: .seconds(10), maxIterations: 200,
            thresholds: Tolerance.thresholds([.wallClock, .throughput, .mallocCountTotal, .peakMemoryResident]))
    ) { benchmark in
        let body = CredentialPageFixture.body(count: 500)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            let page = try SeamJSON.decodePage(body, key: "acs_credentials", as: AcsCredential.self)
            precondition(page.items.count == 500)
            blackHole(page)
        }
    }

    // The sandbox runs in this process, so memory figures include the server's in-memory
    // SQLite store (built in setup, before measurement starts; the delta metric excludes it).
    Benchmark(
        "WalkEveryCredentialThroughPaginator_LargeSeed_Limit500",
        configuration: .init(
            metrics: [.wallClock, .throughput, .peakMemoryResident, .peakMemoryResidentDelta],
            warmupIterations: 0, maxDuration: .seconds(300), maxIterations: 3,
            thresholds: Tolerance.thresholds([.wallClock, .throughput, .peakMemoryResident, .peakMemoryResidentDelta]),
            setup: { try await LargeSeedSandbox.shared.start() },
            teardown: { try await LargeSeedSandbox.shared.stop() })
    ) { benchmark in
        let client = try LargeSeedSandbox.shared.client()
        benchmark.startMeasurement()
        let started = ContinuousClock.now
        var count = 0
        for try await credential in client.acs.credentials.paginate(AcsCredentialListParameters(limit: 500)).items {
            blackHole(credential)
            count += 1
        }
        let elapsed = ContinuousClock.now - started
        benchmark.stopMeasurement()
        precondition(count >= 100_000, "the large seed should hold 100,000+ credentials, walked \(count)")
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        FileHandle.standardError.write(Data(
            "walked \(count) credentials in \(String(format: "%.2f", seconds)) s: \(Int(Double(count) / seconds)) items/s\n".utf8))
    }
}

/// The `large`-seed sandbox the walk benchmark reads from, started once in setup.
final class LargeSeedSandbox: Sendable {
    static let shared = LargeSeedSandbox()
    private let running = Mutex<RunningSandbox?>(nil)

    func start() async throws {
        let sandbox = try await Sandbox.start(SandboxOptions(seed: .large, issueDelay: .zero))
        running.withLock { $0 = sandbox }
    }

    func client() throws -> SeamClient {
        guard let sandbox = running.withLock({ $0 }) else { fatalError("setup did not start the sandbox") }
        return try SeamClient(apiKey: sandbox.apiKey, endpoint: sandbox.baseURL)
    }

    func stop() async throws {
        let sandbox = running.withLock { value in
            defer { value = nil }
            return value
        }
        try await sandbox?.shutdown()
    }
}

/// A list response shaped like Seam's (Latch mobile keys with warnings and unknown keys).
enum CredentialPageFixture {
    static func body(count: Int) -> Data {
        var items: [String] = []
        items.reserveCapacity(count)
        for index in 0..<count {
            items.append(#"""
                {"acs_credential_id": "8d3e2f7a-0000-4000-8000-\#(String(format: "%012d", index))",
                 "acs_system_id": "5b2f6a1c-0000-4000-8000-000000000001", "acs_user_id": "6c3a7b2d-0000-4000-8000-\#(String(format: "%012d", index / 5))",
                 "workspace_id": "7d4b8c3e-0000-4000-8000-000000000001", "connected_account_id": "9e5c9d4f-0000-4000-8000-000000000001",
                 "created_at": "2025-06-15T16:54:17.946425Z", "display_name": "Front Door", "access_method": "mobile_key",
                 "code": "1234567", "starts_at": "2026-01-01T10:40:00Z", "ends_at": "2026-02-01T10:40:00.000Z",
                 "external_type": "latch_access", "external_type_display_name": "Latch Access", "is_issued": true,
                 "issued_at": "2025-06-15T16:54:19.072Z", "is_managed": true, "is_multi_phone_sync_credential": true,
                 "is_latest_desired_state_synced_with_provider": true,
                 "latest_desired_state_synced_with_provider_at": "2025-06-15T16:54:19Z",
                 "errors": [], "warnings": [{"warning_code": "schedule_modified", "message": "Schedule changed", "created_at": "2025-06-15T16:54:18.072Z"}],
                 "unknown_future_key": {"nested": [1, 2, 3]}}
                """#)
        }
        let body = #"{"acs_credentials": ["# + items.joined(separator: ",")
            + #"], "pagination": {"has_next_page": true, "next_page_cursor": "abc", "next_page_url": null}, "ok": true}"#
        return Data(body.utf8)
    }
}
