import ArgumentParser

/// Why a command stopped, in one line for the person or script that ran it, with the exit code
/// the README's "Commands" lists. Commands throw it instead of writing to stderr themselves;
/// `CommandLineFailure` prints it (`keydesk: <message>`) in one place. The message must never
/// contain an API key (the errors it is made from are written to that rule).
struct KeydeskCommandError: Error, CustomStringConvertible {
    let message: String
    let exitCode: ExitCode
    /// Printed as a JSON object (`{"error":{"message":…}}`) for a command run with `--json`.
    var asJSON = false

    init(_ message: String, exitCode: ExitCode) {
        self.message = message
        self.exitCode = exitCode
    }

    /// The same error, printed as JSON when `json` is set.
    func json(_ json: Bool) -> KeydeskCommandError {
        var copy = self
        copy.asJSON = json
        return copy
    }

    var description: String { message }
}
