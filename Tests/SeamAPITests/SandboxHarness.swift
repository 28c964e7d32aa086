import Foundation
import SeamAPI
import SeamSandbox
import Synchronization

/// The client's injectable sleeper, recording every wait and returning at once, so retry and
/// polling tests see the exact backoff without spending it.
final class RecordingSleeper: SeamSleeper {
    private let waits = Mutex<[Duration]>([])

    func sleep(for duration: Duration) async throws {
        waits.withLock { $0.append(duration) }
        await Task.yield()
    }

    var recorded: [Duration] { waits.withLock { $0 } }
}

/// Starts an in-memory sandbox on 127.0.0.1 port 0 and a client pointed at it.
struct SandboxHarness {
    let sandbox: RunningSandbox
    let client: SeamClient
    let sleeper: RecordingSleeper

    static func withSandbox<T>(
        _ options: SandboxOptions = SandboxOptions(issueDelay: .zero),
        configure: (inout SeamConfiguration) -> Void = { _ in },
        _ body: (SandboxHarness) async throws -> T
    ) async throws -> T {
        let sandbox = try await Sandbox.start(options)
        let sleeper = RecordingSleeper()
        do {
            var configuration = try SeamConfiguration(apiKey: sandbox.apiKey, endpoint: sandbox.baseURL)
            configuration.sleeper = sleeper
            configure(&configuration)
            let harness = SandboxHarness(sandbox: sandbox, client: SeamClient(configuration: configuration), sleeper: sleeper)
            let result = try await body(harness)
            try await sandbox.shutdown()
            return result
        } catch {
            try? await sandbox.shutdown()
            throw error
        }
    }
}

extension Date {
    static func daysFromNow(_ days: Double) -> Date { Date().addingTimeInterval(days * 86_400) }
}
