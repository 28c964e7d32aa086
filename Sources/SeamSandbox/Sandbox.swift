import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle
import Synchronization

/// Which data a new sandbox store starts with (applied only when the store is empty).
public enum SandboxSeed: String, Sendable, CaseIterable {
    /// Three Latch buildings: Maple Court with a credential manager, Harbor Lofts without one
    /// (Seam's current flow), and Birch House, whose Latch login is disconnected; residents with
    /// keys and phones, and a realistic set of errors and warnings.
    case demo
    /// 10 buildings (half with a credential manager), 21,000 users, 105,000 credentials, for performance work.
    case large
    /// Nothing.
    case empty
}

/// Where the sandbox keeps its SQLite database.
public enum SandboxStorage: Sendable {
    /// A private in-memory database, gone at shutdown (tests).
    case inMemory
    /// `sandbox.sqlite` (WAL) in this directory, created if missing; shareable between processes.
    case directory(String)
}

/// Faults injected into every request, for reliability tests of clients.
public struct SandboxFaults: Sendable {
    /// Added to every response.
    public var latency: Duration
    /// Share of requests (0...1) answered 503 in the Seam error envelope.
    public var failRate: Double
    /// Requests allowed per minute before 429 with `Retry-After`; nil means unlimited.
    public var rateLimitPerMinute: Int?
    /// Share of requests (0...1) whose connection is closed without any response.
    public var dropRate: Double
    /// Routes (`/acs/users/create`) answered 503 every time, to fail one step of a flow.
    public var failingRoutes: Set<String>

    public init(latency: Duration = .zero, failRate: Double = 0, rateLimitPerMinute: Int? = nil, dropRate: Double = 0,
                failingRoutes: Set<String> = []) {
        self.latency = latency
        self.failRate = failRate
        self.rateLimitPerMinute = rateLimitPerMinute
        self.dropRate = dropRate
        self.failingRoutes = failingRoutes
    }
}

/// Everything needed to start a sandbox server.
public struct SandboxOptions: Sendable {
    public var host: String = "127.0.0.1"
    /// 0 picks a free port.
    public var port: Int = 0
    public var storage: SandboxStorage = .inMemory
    public var seed: SandboxSeed = .demo
    public var apiKey: String = "seam_sandbox_key"
    /// A personal access token (`seam_at…`) accepted together with `seam-workspace: <workspace id>`.
    public var personalAccessToken: String = SandboxOptions.defaultPersonalAccessToken
    /// How long a new credential stays `is_issued: false`, and how long a deletion, a
    /// suspension or new dates stay pending before they apply (zero applies them at once).
    public var issueDelay: Duration = .seconds(2)
    public var faults: SandboxFaults = .init()
    /// Problems put on resources at start (`--inject-problem RESOURCE_ID:CODE`).
    public var injectedProblems: [SandboxProblem] = []

    public init(
        host: String = "127.0.0.1", port: Int = 0, storage: SandboxStorage = .inMemory, seed: SandboxSeed = .demo,
        apiKey: String = "seam_sandbox_key", personalAccessToken: String = SandboxOptions.defaultPersonalAccessToken,
        issueDelay: Duration = .seconds(2), faults: SandboxFaults = .init(), injectedProblems: [SandboxProblem] = []
    ) {
        self.host = host
        self.port = port
        self.storage = storage
        self.seed = seed
        self.apiKey = apiKey
        self.personalAccessToken = personalAccessToken
        self.issueDelay = issueDelay
        self.faults = faults
        self.injectedProblems = injectedProblems
    }
}

extension SandboxOptions {
    /// The personal access token a sandbox accepts unless told otherwise.
    public static let defaultPersonalAccessToken = "seam_at_sandbox_token"
}

/// An error starting the sandbox (bad data directory, port in use, ...).
public struct SandboxStartError: Error, CustomStringConvertible, Sendable {
    public var description: String
}

/// A sandbox server that is listening; stop it with `shutdown()`.
public final class RunningSandbox: Sendable {
    /// `http://HOST:PORT`, ready for a Seam client's endpoint.
    public let baseURL: String
    public let port: Int
    public let apiKey: String
    /// Accepted with `seam-workspace: <workspaceID>`.
    public let personalAccessToken: String
    /// The sandbox's one workspace (also returned by `/workspaces/get`).
    public let workspaceID: String
    /// Every route it serves.
    public let routes: [SandboxRoute]

    private let faults: FaultInjector
    private let serverTask: Task<Void, any Error>
    private let serviceGroup: ServiceGroup
    let store: SandboxStore
    private let stopped = Mutex(false)

    init(baseURL: String, port: Int, apiKey: String, personalAccessToken: String, faults: FaultInjector, serverTask: Task<Void, any Error>, serviceGroup: ServiceGroup,
         store: SandboxStore, routes: [SandboxRoute]) {
        self.routes = routes
        self.serviceGroup = serviceGroup
        self.baseURL = baseURL
        self.port = port
        self.apiKey = apiKey
        self.personalAccessToken = personalAccessToken
        self.workspaceID = store.workspaceID
        self.faults = faults
        self.serverTask = serverTask
        self.store = store
    }

    /// Changes fault injection for the requests that follow.
    public func setFaults(_ faults: SandboxFaults) async {
        self.faults.set(faults)
    }

    /// Stops listening and waits for the server to finish. Safe to call twice.
    public func shutdown() async throws {
        let first = stopped.withLock { wasStopped in
            defer { wasStopped = true }
            return !wasStopped
        }
        guard first else { return }
        await serviceGroup.triggerGracefulShutdown()
        try await serverTask.value
    }
}

/// Starts Seam-compatible sandbox servers (the README, "How it is built").
public enum Sandbox {
    /// Opens (and if new, seeds) the store, binds the port and returns once it is listening.
    public static func start(_ options: SandboxOptions, logger: Logger = Logger(label: "keydesk.sandbox")) async throws -> RunningSandbox {
        let store: SandboxStore
        do {
            store = try await Task.detached { try SandboxStore(storage: options.storage, seed: options.seed, issueDelay: options.issueDelay) }.value
        } catch {
            throw SandboxStartError(description: "cannot open the sandbox store: \(error)")
        }
        if !options.injectedProblems.isEmpty {
            let now = Timestamp.now()
            try await store.write { db in
                for problem in options.injectedProblems { try ProblemInjection.inject(db, problem, now: now) }
            }
        }
        let faults = FaultInjector(options.faults)
        let boundURL = Mutex<String>("http://\(options.host):\(options.port)")
        let (router, kinds) = SandboxRouter.make(
            environment: RouteEnvironment(store: store, baseURL: { boundURL.withLock { $0 } }),
            authenticator: Authenticator(apiKey: options.apiKey, personalAccessToken: options.personalAccessToken, workspaceID: store.workspaceID),
            faults: faults, logger: logger)
        let (portStream, portContinuation) = AsyncStream<Int?>.makeStream()
        var serverLogger = logger
        if serverLogger.logLevel < .notice { serverLogger.logLevel = .notice }
        let app = Application(
            router: router,
            configuration: .init(address: .hostname(options.host, port: options.port), serverName: nil),
            services: [IssuanceSweeper(store: store, logger: logger)],
            onServerRunning: { channel in
                portContinuation.yield(channel.localAddress?.port)
                portContinuation.finish()
            },
            logger: serverLogger
        )
        let serviceGroup = ServiceGroup(configuration: .init(services: [.init(service: app)], logger: serverLogger))
        let serverTask = Task {
            defer { portContinuation.finish() }
            try await serviceGroup.run()
        }
        var iterator = portStream.makeAsyncIterator()
        guard let maybePort = await iterator.next(), let port = maybePort else {
            serverTask.cancel()
            let reason: String
            do { try await serverTask.value; reason = "the server stopped" } catch { reason = "\(error)" }
            throw SandboxStartError(description: "cannot listen on \(options.host):\(options.port): \(reason)")
        }
        let host = options.host.contains(":") ? "[\(options.host)]" : options.host
        let baseURL = "http://\(host):\(port)"
        boundURL.withLock { $0 = baseURL }
        return RunningSandbox(baseURL: baseURL, port: port, apiKey: options.apiKey, personalAccessToken: options.personalAccessToken, faults: faults, serverTask: serverTask,
                              serviceGroup: serviceGroup, store: store, routes: SandboxRoute.all(kinds))
    }
}
