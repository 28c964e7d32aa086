import ArgumentParser
import ConsoleCore
import ConsoleServices
import ConsoleUI
import Foundation
import SeamAPI
import SeamSandbox

/// `keydesk` with no subcommand: the console. With no API key configured it starts the
/// embedded sandbox in process, so a newcomer sees a working console at once. Started by sudo
/// as the service account, it serves the member of staff sudo names (`StaffConnection`).
struct ConsoleCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "console",
        abstract: "Browse systems, users, entrances and credentials (the default command)."
    )

    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var display: DisplayOptions
    @OptionGroup var audit: AuditLogOptions

    @Option(help: .hidden)
    var sandboxData: String?

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let session = ServiceInvocation.current().session
        let paths = session?.paths ?? audit.applied(to: KeydeskPaths(environment: environment))
        let connection: Connection
        let auditDestination: AuditDestination
        do {
            if let session {
                let options = (audit.auditLog != nil ? ["--audit-log"] : []) + (sandboxData != nil ? ["--sandbox-data"] : [])
                connection = try await StaffConnection.resolve(session: session, flags: self.connection.flags, otherOptions: options)
                // The service account's configuration alone decides where its audit goes.
                auditDestination = try audit.destination(paths: paths, environment: [:])
            } else {
                auditDestination = try audit.destination(paths: paths, environment: environment)
                connection = try await Connection.resolve(flags: self.connection.flags, paths: paths,
                                                          environment: environment, sandboxData: sandboxData)
            }
        } catch let error as SeamConfigurationError {
            throw KeydeskCommandError(error)
        } catch let error as ConfigError {
            throw KeydeskCommandError(error)
        }
        let redirect = StandardErrorRedirect(toLogFile: paths.logFile)
        let exitSignal: Int32?
        do {
            exitSignal = try await ConsoleSession(connection: connection, audit: auditDestination, colors: display.colors).run()
            redirect?.restore()
        } catch let error as TerminalError {
            redirect?.restore()
            try? await connection.sandbox?.shutdown()
            throw KeydeskCommandError(error)
        } catch {
            redirect?.restore()
            throw error
        }
        try? await connection.sandbox?.shutdown()
        if let exitSignal { throw ExitCode(128 + exitSignal) }
    }
}
