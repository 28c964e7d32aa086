import ArgumentParser
import ConsoleCore
import ConsoleUI
import Foundation
import Logging
import SeamAPI
import SeamSandbox
#if canImport(Glibc)
import Glibc
#endif

/// `keydesk` with no subcommand: the console. With no API key configured it starts the
/// embedded sandbox in process, so a newcomer sees a working console at once.
struct ConsoleCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "console",
        abstract: "Browse systems, users, entrances and credentials (the default command)."
    )

    @Option(help: "A Seam-compatible endpoint (default: SEAM_ENDPOINT, or https://connect.getseam.com).")
    var endpoint: String?

    @Option(help: "A profile of config.toml (default: its default_profile).")
    var profile: String?

    @Flag(name: .customLong("read-only"), help: "Hide and refuse every action that changes data.")
    var readOnly = false

    @Flag(name: .customLong("no-color"), help: "Do not use colours (NO_COLOR is also honoured).")
    var noColor = false

    @Option(help: .hidden)
    var sandboxData: String?

    @Option(name: .customLong("audit-log"), help: ArgumentHelp(
        "A host-wide audit log shared by every staff account (default: KEYDESK_AUDIT_LOG, or audit.sqlite in XDG_STATE_HOME/keydesk).",
        valueName: "path"))
    var auditLog: String?

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let paths = KeydeskPaths(environment: environment).withAuditDatabase(auditLog)
        let connection: Connection
        do {
            connection = try await Connection.resolve(
                flags: ConnectionFlags(endpoint: endpoint, profile: profile, readOnly: readOnly),
                paths: paths, environment: environment, sandboxData: sandboxData)
        } catch let error as SeamConfigurationError {
            FileHandle.standardError.write(Data("keydesk: \(error)\n".utf8))
            throw ExitCode.failure
        } catch let error as ConfigError {
            FileHandle.standardError.write(Data("keydesk: \(error.message)\n".utf8))
            throw ExitCode.failure
        }
        let redirect = StandardErrorRedirect(toLogFile: paths.logFile)
        let exitSignal: Int32?
        do {
            exitSignal = try await ConsoleSession(connection: connection, auditPaths: paths, colors: !noColor).run()
            redirect?.restore()
        } catch let error as TerminalError {
            redirect?.restore()
            FileHandle.standardError.write(Data("keydesk: \(error.message)\n".utf8))
            throw ExitCode.failure
        } catch {
            redirect?.restore()
            throw error
        }
        try? await connection.sandbox?.shutdown()
        if let exitSignal { throw ExitCode(128 + exitSignal) }
    }
}

/// What the console talks to: the API client, how to describe it, and the embedded sandbox
/// when there is one (it lives as long as the console).
struct Connection {
    let client: SeamClient
    let info: ConnectionInfo
    let sandbox: RunningSandbox?

    /// Flags, environment and profiles, in the precedence of `ConnectionResolver`; with
    /// nothing configured, the embedded sandbox.
    static func resolve(flags: ConnectionFlags, paths: KeydeskPaths, environment: [String: String], sandboxData: String?) async throws -> Connection {
        let config = try KeydeskConfig.load(from: paths.configFile)
        switch try ConnectionResolver.resolve(flags: flags, environment: environment, config: config) {
        case .remote(let settings):
            let source: CredentialSource = switch settings.keySource {
            case .flag: .option("--api-key")
            case .environment: .environment("SEAM_API_KEY")
            case .profile(let name, let file): .profile(name: name, path: file)
            case .profileCommand(let name): .profile(name: name, path: nil)
            }
            var configuration = if let workspace = settings.workspaceID, settings.apiKey.revealedValue.hasPrefix("seam_at") {
                try SeamConfiguration(personalAccessToken: settings.apiKey.revealedValue, workspaceId: workspace,
                                      endpoint: settings.endpoint, source: source)
            } else {
                try SeamConfiguration(apiKey: settings.apiKey.revealedValue, endpoint: settings.endpoint, source: source)
            }
            configuration.logger = quietLogger("keydesk.seam-api")
            let host = URL(string: configuration.endpoint)?.host ?? configuration.endpoint
            return Connection(client: SeamClient(configuration: configuration),
                              info: ConnectionInfo(label: host, isSandbox: false, readOnly: settings.readOnly, profile: settings.profileName),
                              sandbox: nil)
        case .embeddedSandbox(let readOnly):
            let sandbox = try await EmbeddedSandbox.start(dataDirectory: sandboxData ?? paths.sandboxDataDirectory)
            var configuration = try SeamConfiguration(apiKey: sandbox.apiKey, endpoint: sandbox.baseURL, source: .code)
            configuration.logger = quietLogger("keydesk.seam-api")
            return Connection(client: SeamClient(configuration: configuration),
                              info: ConnectionInfo(label: "SANDBOX", isSandbox: true, readOnly: readOnly), sandbox: sandbox)
        }
    }
}

/// The audit log (this account's, or the host-wide one), opened before the screen belongs to curses.
enum AuditSetup {
    /// The recorder for this session, or nil (with the reason on standard error) when the log cannot be opened.
    static func recorder(paths: KeydeskPaths, profile: String?, endpoint: String) -> AuditRecorder? {
        do {
            let log = try AuditLog(path: paths.auditDatabase, fileMode: paths.auditDatabaseFileMode)
            return AuditRecorder(log: log, context: AuditContext.current(profile: profile, endpoint: endpoint))
        } catch {
            FileHandle.standardError.write(Data("keydesk: cannot open the audit log (\(error)); starting read-only.\n".utf8))
            return nil
        }
    }
}

/// The screen belongs to curses while the console runs: library logs go nowhere.
func quietLogger(_ label: String) -> Logger {
    Logger(label: label, factory: { _ in SwiftLogNoOpLogHandler() })
}

/// The embedded default backend: our sandbox on loopback, an ephemeral port, data kept under
/// `$XDG_DATA_HOME/keydesk/sandbox`, seeded with the demo buildings on first run.
enum EmbeddedSandbox {
    static func start(dataDirectory: String) async throws -> RunningSandbox {
        try FileManager.default.createDirectory(atPath: dataDirectory, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        return try await Sandbox.start(SandboxOptions(host: "127.0.0.1", port: 0, storage: .directory(dataDirectory), seed: .demo),
                                       logger: quietLogger("keydesk.sandbox"))
    }
}

/// One run of the console on the real terminal. The loop runs on a thread of its own: it
/// blocks in `get_wch` between keys, which must not hold a thread of Swift's small
/// cooperative pool (the API calls and the embedded sandbox run there).
struct ConsoleSession {
    let connection: Connection
    let auditPaths: KeydeskPaths
    let colors: Bool

    /// Returns the signal that ended the session, if one did; throws `TerminalError` when the
    /// terminal cannot be opened (not a terminal, unknown `TERM`).
    func run() async throws -> Int32? {
        let client = connection.client
        let recorder = AuditSetup.recorder(paths: auditPaths, profile: connection.info.profile, endpoint: client.configuration.endpoint)
        let info = connection.info
        // Changes that cannot be audited are not made: without the log the console is read-only.
        let state = ConsoleState(connection: recorder == nil
            ? ConnectionInfo(label: info.label, isSandbox: info.isSandbox, readOnly: true, profile: info.profile)
            : info)
        let colors = self.colors
        let outcome: Result<Int32?, any Error> = await withCheckedContinuation { continuation in
            let thread = Thread {
                let result = Result<Int32?, any Error> {
                    try CursesTerminal.withTerminal(options: CursesTerminal.Options(colors: colors)) { terminal in
                        let runner = ConsoleEffectRunner(client: client, auditRecorder: recorder)
                        let app = ConsoleApp(state: state, terminal: terminal) { await runner.run($0) }
                        app.run()
                        return terminal.receivedSignal
                    }
                }
                continuation.resume(returning: result)
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        return try outcome.get()
    }
}
