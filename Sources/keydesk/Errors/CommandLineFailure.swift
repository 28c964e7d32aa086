import ArgumentParser
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The one place where a command's failure reaches the person: one line `keydesk: <message>`
/// on stderr (`StandardErrorLine`), then the exit code the README's "Commands" lists (a usage error of
/// swift-argument-parser exits 2, not its 64). Help and `--version` still print as
/// swift-argument-parser prints them; an `ExitCode` thrown on purpose exits silently.
enum CommandLineFailure {
    static func exit(with error: any Error) -> Never {
        if let error = error as? KeydeskCommandError {
            ItemErrors(json: error.asJSON).report(nil, error.message)
            Glibc.exit(error.exitCode.rawValue)
        }
        if let code = error as? ExitCode {
            Glibc.exit(code.rawValue)
        }
        let code = Keydesk.exitCode(for: error)
        if code == .success {
            Keydesk.exit(withError: error) // --help, --version: printed on stdout
        }
        if code == .validationFailure {
            StandardErrorLine.write(Keydesk.message(for: error) + " (see \(helpCommand(for: error)))")
            Glibc.exit(ExitCode.usage.rawValue)
        }
        StandardErrorLine.write(Keydesk.message(for: error))
        Glibc.exit(code.rawValue)
    }

    /// The help command of the subcommand whose usage was wrong, as swift-argument-parser
    /// names it in its own message ("See 'keydesk sandbox --help' for more information.").
    private static func helpCommand(for error: any Error) -> String {
        let full = Keydesk.fullMessage(for: error)
        guard let start = full.range(of: "See '"), let end = full.range(of: "'", range: start.upperBound..<full.endIndex) else {
            return "keydesk --help"
        }
        return String(full[start.upperBound..<end.lowerBound])
    }
}
