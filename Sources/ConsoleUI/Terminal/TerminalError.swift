/// Why the terminal could not be opened, in words a user can act on.
public struct TerminalError: Error, Hashable, Sendable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }

    static func unknownTerminal(_ term: String?) -> TerminalError {
        TerminalError("cannot open the terminal: unknown TERM=\(term ?? "(unset)"); try TERM=xterm-256color")
    }

    static let notATerminal = TerminalError("standard input and output must be a terminal (run keydesk in a terminal or over ssh -t)")
}
