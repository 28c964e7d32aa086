import ArgumentParser
import ConsoleServices
import Foundation

/// The `keydesk` command. With no subcommand it opens the console; `sandbox` runs the
/// Seam-compatible sandbox server alone; `info` and `audit` report on this installation;
/// `list`, `issue`, `revoke`, `suspend`, `unsuspend`, `moveout` and `import` are for scripts.
@main
struct Keydesk: AsyncParsableCommand {
    /// The version `keydesk info` reports and requests carry.
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "keydesk",
        abstract: "A terminal console for the access control systems of apartment buildings, driven through the Seam API.",
        version: version,
        subcommands: [ConsoleCommand.self, SandboxCommand.self, InfoCommand.self, AuditCommand.self, UICheckCommand.self,
                      ListCommand.self, IssueCommand.self, RevokeCommand.self, SuspendCommand.self, UnsuspendCommand.self,
                      MoveOutCommand.self, ImportCommand.self],
        defaultSubcommand: ConsoleCommand.self
    )

    /// Installs the crash handlers before anything else runs, then parses and runs the command;
    /// every failure ends in `CommandLineFailure`, the one place that prints it.
    static func main() async {
        CrashGuard.install(paths: ServiceInvocation.current().session?.paths ?? KeydeskPaths(), version: version)
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            CommandLineFailure.exit(with: error)
        }
    }
}
