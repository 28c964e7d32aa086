import ArgumentParser

/// The exit codes the README's "Commands" lists, shared by every command so scripts can tell outcomes apart.
extension ExitCode {
    /// Some of the work failed (the rest was done).
    static let someFailed = ExitCode(1)
    /// The command line or the configuration is wrong; nothing was done.
    static let usage = ExitCode(2)
    /// The Seam API (or the sandbox standing in for it) could not be reached.
    static let apiUnavailable = ExitCode(3)
    /// The Seam API refused the key.
    static let keyRefused = ExitCode(4)
}
