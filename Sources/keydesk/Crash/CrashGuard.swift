import CCrashGuard
import ConsoleServices

/// Keeps Swift's crash backtracer away from staff terminals (the README, "Deploying for staff over SSH"). The runtime
/// installs its handlers when it loads, before `main`, and with `SWIFT_BACKTRACE` unset (or
/// set by the caller) it would print a backtrace and, on a terminal, offer "Press space to
/// interact, D to debug" over the process memory, API key included. Installing ours first
/// thing in `main` replaces them: a fatal signal then restores the terminal, prints one line
/// naming the report, writes the report (signal, time, version; no memory contents) to the
/// state directory, and exits with 128 + the signal (see Sources/CCrashGuard).
enum CrashGuard {
    /// Installs the handlers, with reports going to the state directory of `paths`
    /// (`$XDG_STATE_HOME/keydesk`, or the service account's when keydesk runs as it).
    static func install(paths: KeydeskPaths = KeydeskPaths(), version: String) {
        _ = crashguard_install(paths.stateDirectory, version)
    }

    /// Gives the calling thread an alternate signal stack, so a stack overflow on it still ends
    /// in the handler; for threads keydesk starts itself (the console's).
    static func prepareThread() {
        _ = crashguard_prepare_thread()
    }
}
