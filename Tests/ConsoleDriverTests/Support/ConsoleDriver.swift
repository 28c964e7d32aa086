import ConsoleCore
import ConsoleServices
import ConsoleUI
import Foundation
import KeydeskTestSupport
import Logging
import SeamAPI
import SeamSandbox
import Testing

/// The real console (`ConsoleApp`, reducer, effect runner, `SeamClient`) on a
/// `VirtualTerminal`, against a sandbox on loopback: keys in, screen text out.
final class ConsoleDriver {
    let sandbox: RunningSandbox
    let client: SeamClient
    let terminal: VirtualTerminal
    let app: ConsoleApp

    private init(sandbox: RunningSandbox, client: SeamClient, terminal: VirtualTerminal, app: ConsoleApp) {
        self.sandbox = sandbox
        self.client = client
        self.terminal = terminal
        self.app = app
    }

    /// Starts a sandbox (demo seed unless told), a client, and the console; waits for the
    /// first screen to settle.
    /// - Parameters:
    ///   - key: a key other than the sandbox's, and where it "came from" (for 401 tests).
    ///   - activityInterval: how often the console asks for new events; nil (the default here) never,
    ///     so only the tests of following events have polls among their requests.
    ///   - logs: where the sandbox's request lines and the console's client log go (at trace level).
    static func start(columns: Int = 80, rows: Int = 24, seed: SandboxSeed = .demo, pageSize: Int = 500,
                      readOnly: Bool = false, key: (String, CredentialSource)? = nil,
                      issueDelay: Duration = .zero, auditLog: AuditLog? = nil,
                      activityInterval: Duration? = nil, logs: LogCapture? = nil,
                      issuePath: IssuePath = .acsCredentials) async throws -> ConsoleDriver {
        let sandbox = try await Sandbox.start(SandboxOptions(seed: seed, issueDelay: issueDelay),
                                              logger: logs?.logger("keydesk.sandbox") ?? Logger(label: "keydesk.sandbox"))
        var configuration = try SeamConfiguration(apiKey: key?.0 ?? sandbox.apiKey, endpoint: sandbox.baseURL, source: key?.1 ?? .code)
        configuration.timeout = .seconds(5)
        if let logs { configuration.logger = logs.logger("keydesk.seam-api") }
        let client = SeamClient(configuration: configuration)
        let terminal = VirtualTerminal(columns: columns, rows: rows)
        let recorder = auditLog.map {
            AuditRecorder(log: $0, context: AuditContext(osUser: "desk-test", sshClientAddress: "127.0.0.1", profile: nil, endpoint: sandbox.baseURL))
        }
        let runner = ConsoleEffectRunner(client: client, pageSize: pageSize, auditRecorder: recorder)
        let state = ConsoleState(connection: ConnectionInfo(label: "SANDBOX", isSandbox: true, readOnly: readOnly, issuePath: issuePath),
                                 activityInterval: activityInterval)
        let app = ConsoleApp(state: state, terminal: terminal) { await runner.run($0) }
        let driver = ConsoleDriver(sandbox: sandbox, client: client, terminal: terminal, app: app)
        app.send(.start)
        try await app.waitUntilIdle()
        return driver
    }

    func stop() async {
        try? await sandbox.shutdown()
    }

    /// Starts a console, runs `body` with it, and stops the sandbox however `body` ends.
    static func with(columns: Int = 80, rows: Int = 24, seed: SandboxSeed = .demo, pageSize: Int = 500,
                     readOnly: Bool = false, key: (String, CredentialSource)? = nil, issueDelay: Duration = .zero,
                     auditLog: AuditLog? = nil, activityInterval: Duration? = nil, logs: LogCapture? = nil,
                     issuePath: IssuePath = .acsCredentials, _ body: (ConsoleDriver) async throws -> Void) async throws {
        let driver = try await start(columns: columns, rows: rows, seed: seed, pageSize: pageSize, readOnly: readOnly,
                                     key: key, issueDelay: issueDelay, auditLog: auditLog, activityInterval: activityInterval, logs: logs,
                                     issuePath: issuePath)
        do {
            try await body(driver)
        } catch {
            await driver.stop()
            throw error
        }
        await driver.stop()
    }

    var state: ConsoleState { app.state }
    var screen: String { terminal.text }

    /// Presses keys one by one, letting the console settle after each.
    func press(_ keys: Key...) async throws {
        for key in keys {
            app.send(.key(key))
            try await app.waitUntilIdle()
        }
    }

    /// Types text as separate key presses.
    func type(_ text: String) async throws {
        for character in text {
            app.send(.key(.character(character)))
        }
        try await app.waitUntilIdle()
    }

    /// Waits until the screen shows `text`.
    func waitFor(_ text: String, timeout: Duration = .seconds(30), sourceLocation: SourceLocation = #_sourceLocation) async throws {
        do {
            try await app.waitUntil(timeout: timeout) { _ in self.terminal.text.contains(text) }
        } catch {
            Issue.record("screen never showed “\(text)”:\n\(terminal.text)", sourceLocation: sourceLocation)
            throw error
        }
    }
}
