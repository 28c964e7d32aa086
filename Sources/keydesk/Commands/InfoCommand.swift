import ArgumentParser
import ConsoleCore
import ConsoleServices
import Foundation

/// `keydesk info`: where keydesk keeps its files, which profile and endpoint it would use, and
/// where the key comes from. Never the key itself.
struct InfoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info",
        abstract: "Print the config, data and log paths, the profile in use and the version."
    )

    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var audit: AuditLogOptions

    func run() throws {
        let invocation = ServiceInvocation.current()
        let paths = try audit.paths(in: invocation)
        let info = if let session = invocation.session {
            KeydeskInfo.gather(version: Keydesk.version, session: session, flags: connection.flags,
                               audit: try? audit.destination(paths: paths, environment: [:]))
        } else {
            KeydeskInfo.gather(version: Keydesk.version, paths: paths, flags: connection.flags,
                               audit: try? audit.destination(paths: paths))
        }
        for line in info.lines { print(line) }
        if let problem = info.problem { throw KeydeskCommandError(problem) }
    }
}
