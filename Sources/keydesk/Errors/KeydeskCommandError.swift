import ArgumentParser

/// Why a command stopped, in one line for the person or script that ran it, with the exit code
/// of DESIGN.md §3. Commands throw it instead of writing to stderr themselves;
/// `CommandLineFailure` prints it (`keydesk: <message>`) in one place. The message must never
/// contain an API key (the errors it is made from are written to that rule).
struct KeydeskCommandError: Error, CustomStringConvertible {
    let message: String
    let exitCode: ExitCode

    init(_ message: String, exitCode: ExitCode) {
        self.message = message
        self.exitCode = exitCode
    }

    var description: String { message }
}
