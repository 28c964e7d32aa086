import ConsoleUI
#if canImport(Glibc)
import Glibc
#endif

/// How keydesk speaks on stderr: one line `keydesk: <message>`, with line breaks joined and
/// control characters made visible, so text from a file, the environment or an API cannot
/// drive the terminal. Used for errors (`CommandLineFailure`) and the few warnings printed
/// before the console opens.
enum StandardErrorLine {
    static func write(_ message: String) {
        let oneLine = message.split(whereSeparator: \.isNewline).joined(separator: " ")
        let line = "keydesk: " + Sanitizer.sanitize(oneLine) + "\n"
        _ = line.withCString { Glibc.write(STDERR_FILENO, $0, strlen($0)) }
    }

    /// A line already made safe (JSON, whose encoder escapes every control character).
    static func writeRaw(_ line: String) {
        let text = line + "\n"
        _ = text.withCString { Glibc.write(STDERR_FILENO, $0, strlen($0)) }
    }
}
