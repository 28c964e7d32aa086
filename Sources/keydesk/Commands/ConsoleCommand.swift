import ArgumentParser
import ConsoleCore
import ConsoleServices
import ConsoleUI
import Foundation
import SeamAPI
import SeamSandbox

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
