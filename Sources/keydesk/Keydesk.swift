import ArgumentParser
import Foundation

/// The `keydesk` command. With no subcommand it opens the console; `sandbox` runs the
/// Seam-compatible sandbox server alone; `info` and `audit` report on this installation.
@main
struct Keydesk: AsyncParsableCommand {
    /// The version `keydesk info` reports and requests carry.
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "keydesk",
        abstract: "A terminal console for the access control systems of apartment buildings, driven through the Seam API.",
        version: version,
        subcommands: [ConsoleCommand.self, SandboxCommand.self, InfoCommand.self, AuditCommand.self, UICheckCommand.self],
        defaultSubcommand: ConsoleCommand.self
    )

    /// ArgumentParser's own `main`, except that a usage error exits 2 (DESIGN.md §3), not 64.
    static func main() async {
        do {
            var command = try await asyncParseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(2)
        }
    }
}
