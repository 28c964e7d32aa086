import ArgumentParser
import Foundation
import Logging
import SeamSandbox

/// `keydesk sandbox`: runs the Seam-compatible sandbox server alone (the README, "Commands").
struct SandboxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sandbox",
        abstract: "Run the Seam-compatible sandbox server (Latch semantics, stored in SQLite)."
    )

    @Option(help: "Address to listen on.")
    var host: String = "127.0.0.1"

    @Option(help: "Port to listen on (0 picks a free port; up to 65535).",
            transform: { try CommandLineNumber.parse($0, flag: "--port", in: SandboxCommand.portRange) })
    var port: Int = 0

    @Option(name: .customLong("data"), help: "Data directory (default $XDG_DATA_HOME/keydesk/sandbox).")
    var dataDirectory: String?

    @Flag(help: "Keep everything in memory; nothing is written to disk.")
    var inMemory = false

    @Option(help: "Seed for a new store: demo, large or empty.")
    var seed: String = SandboxSeed.demo.rawValue

    @Option(help: "The API key clients must send as Authorization: Bearer <key>.")
    var apiKey: String = SandboxOptions().apiKey

    @Option(help: "A personal access token (seam_at…) accepted together with the seam-workspace header naming the sandbox's workspace.")
    var personalAccessToken: String = SandboxOptions.defaultPersonalAccessToken

    @Option(help: "Seconds before a new credential is issued and a deletion, suspension or change of dates applies (0 to 86400; 0 applies them at once).",
            transform: { try CommandLineNumber.parse($0, flag: "--issue-delay", in: SandboxCommand.issueDelayRange, unit: " seconds") })
    var issueDelay: Double = 2

    @Option(help: "Milliseconds of latency added to every response (0 to 60000).",
            transform: { try CommandLineNumber.parse($0, flag: "--latency", in: SandboxCommand.latencyRange, unit: " milliseconds") })
    var latency: Int = 0

    @Option(help: "Share of requests (0 to 1) answered 503.",
            transform: { try CommandLineNumber.parse($0, flag: "--fail-rate", in: SandboxCommand.shareRange) })
    var failRate: Double = 0

    @Option(help: "Requests allowed per minute before 429 with Retry-After (1 to 1000000).",
            transform: { try CommandLineNumber.parse($0, flag: "--rate-limit", in: SandboxCommand.rateLimitRange) })
    var rateLimit: Int?

    @Option(help: "Share of requests (0 to 1) whose connection is closed without a response.",
            transform: { try CommandLineNumber.parse($0, flag: "--drop-rate", in: SandboxCommand.shareRange) })
    var dropRate: Double = 0

    @Option(name: .customLong("fail-route"),
            help: ArgumentHelp("Answer 503 to every request on this route, e.g. /user_identities/delete (repeatable), to fail one step of a flow.",
                               valueName: "route"))
    var failingRoutes: [String] = []

    @Option(name: .customLong("inject-problem"),
            help: "Put an error or warning on a resource at start: RESOURCE_ID:CODE (repeatable), e.g. an ACS user's id and failed_to_create_on_acs_system.",
            transform: { argument in
                guard let problem = SandboxProblem(argument: argument) else {
                    throw ValidationError("--inject-problem takes RESOURCE_ID:CODE, got \(argument)")
                }
                return problem
            })
    var injectedProblems: [SandboxProblem] = []

    static let portRange = 0...65535
    /// A day: longer is no test of anything, and every value here converts to a `Duration`.
    static let issueDelayRange: ClosedRange<Double> = 0...86_400
    /// A minute: clients have timed out long before.
    static let latencyRange = 0...60_000
    static let rateLimitRange = 1...1_000_000
    static let shareRange: ClosedRange<Double> = 0...1

    func validate() throws {
        if inMemory && dataDirectory != nil { throw ValidationError("--data and --in-memory cannot be used together.") }
        if SandboxSeed(rawValue: seed) == nil {
            throw ValidationError("--seed must be one of \(SandboxSeed.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
        if apiKey.isEmpty { throw ValidationError("--api-key must not be empty.") }
        if let route = failingRoutes.first(where: { !$0.hasPrefix("/") }) {
            throw ValidationError("--fail-route takes a route such as /user_identities/delete, got \(route)")
        }
        if !personalAccessToken.hasPrefix("seam_at") || personalAccessToken.contains(where: \.isWhitespace) {
            throw ValidationError("--personal-access-token must start with seam_at and contain no spaces.")
        }
        if personalAccessToken == apiKey { throw ValidationError("--personal-access-token must differ from --api-key.") }
    }

    static func defaultDataDirectory() -> String {
        let environment = ProcessInfo.processInfo.environment
        let base: String
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            base = xdg
        } else {
            base = (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share"
        }
        return base + "/keydesk/sandbox"
    }

    func run() async throws {
        LoggingSystem.bootstrap { StreamLogHandler.standardError(label: $0) }
        let logger = Logger(label: "keydesk.sandbox")
        let options = SandboxOptions(
            host: host, port: port,
            storage: inMemory ? .inMemory : .directory(dataDirectory ?? Self.defaultDataDirectory()),
            seed: SandboxSeed(rawValue: seed)!, apiKey: apiKey, personalAccessToken: personalAccessToken,
            issueDelay: .milliseconds(Int64((issueDelay * 1000).rounded())),
            faults: SandboxFaults(latency: .milliseconds(latency), failRate: failRate, rateLimitPerMinute: rateLimit, dropRate: dropRate,
                                  failingRoutes: Set(failingRoutes)),
            injectedProblems: injectedProblems
        )
        if let warning = SandboxExposureWarning.text(host: host, apiKey: apiKey, personalAccessToken: personalAccessToken) {
            FileHandle.standardError.write(Data("keydesk sandbox: warning: \(warning)\n".utf8))
        }
        let signals = SignalWaiter(signals: [SIGINT, SIGTERM])
        let sandbox: RunningSandbox
        do {
            sandbox = try await Sandbox.start(options, logger: logger)
        } catch {
            FileHandle.standardError.write(Data("keydesk sandbox: \(error)\n".utf8))
            throw ExitCode(1)
        }
        // The first two lines are a contract (the README, "Commands", and SandboxCommandTests); later lines may be added.
        FileHandle.standardOutput.write(Data("""
            listening on \(sandbox.baseURL)
            api key: \(sandbox.apiKey)
            workspace: \(sandbox.workspaceID)
            personal access token: \(sandbox.personalAccessToken)

            """.utf8))
        let signal = await signals.wait()
        logger.notice("received signal \(signal), shutting down")
        try await sandbox.shutdown()
    }
}

/// Waits for the first of some POSIX signals, with the default handlers switched off.
/// `@unchecked`: the dispatch sources are set once in `init` and only kept alive afterwards.
final class SignalWaiter: @unchecked Sendable {
    private let stream: AsyncStream<Int32>
    private let sources: [any DispatchSourceSignal]

    init(signals: [Int32]) {
        let (stream, continuation) = AsyncStream<Int32>.makeStream()
        self.stream = stream
        sources = signals.map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { continuation.yield(number) }
            source.resume()
            return source
        }
    }

    func wait() async -> Int32 {
        for await number in stream { return number }
        return 0
    }
}
