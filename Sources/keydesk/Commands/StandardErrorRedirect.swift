import ConsoleCore
import ConsoleServices
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// While curses owns the screen, anything written to stderr (a library warning, a runtime
/// message) would scribble over the console. This sends stderr to keydesk's log file for the
/// duration of a session and puts it back afterwards, as htop does.
struct StandardErrorRedirect {
    private let saved: Int32

    /// Redirects stderr to `path` (created 0600 in a 0700 directory). Returns nil when the log
    /// file cannot be opened; stderr is then left alone.
    init?(toLogFile path: String) {
        let directory = (path as NSString).deletingLastPathComponent
        do {
            try FilePermissions.makeDirectories(at: directory, mode: 0o700)
            _ = try FilePermissions.createFileIfMissing(at: path, mode: 0o600)
        } catch {
            return nil
        }
        let log = open(path, O_WRONLY | O_APPEND | O_CLOEXEC)
        guard log >= 0 else { return nil }
        defer { close(log) }
        let saved = dup(STDERR_FILENO)
        guard saved >= 0, dup2(log, STDERR_FILENO) >= 0 else {
            if saved >= 0 { close(saved) }
            return nil
        }
        self.saved = saved
    }

    /// Puts stderr back where it was.
    func restore() {
        dup2(saved, STDERR_FILENO)
        close(saved)
    }
}
