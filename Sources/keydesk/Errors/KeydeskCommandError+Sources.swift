import ConsoleServices
import ConsoleUI
import SeamAPI

/// The errors of the layers below, as command-line errors with their exit codes.
extension KeydeskCommandError {
    /// A configuration that cannot be used (file, profile, endpoint, key command): a usage error,
    /// since nothing was attempted and the person must change how keydesk is set up.
    init(_ error: ConfigError) {
        self.init(error.message, exitCode: .usage)
    }

    /// A key or endpoint the API client refused before sending anything.
    init(_ error: SeamConfigurationError) {
        self.init(error.description, exitCode: .usage)
    }

    /// The terminal could not be opened (not a terminal, unknown TERM): keydesk was started in
    /// a way the console cannot work with.
    init(_ error: TerminalError) {
        self.init(error.message, exitCode: .usage)
    }
}
