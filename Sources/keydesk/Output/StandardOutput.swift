import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Stdout for scripts: each `write` goes out at once in one system call (a page of rows at a
/// time), never held in a buffer, so a pipe sees the first rows while later pages load.
enum StandardOutput {
    static func write(_ text: String) {
        var remaining = Array(text.utf8)[...]
        while !remaining.isEmpty {
            let written = remaining.withUnsafeBytes { Glibc.write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return // the reader went away (EPIPE): nothing more can be said on stdout
            }
            remaining = remaining.dropFirst(written)
        }
    }

    /// Whether stdout is a terminal (tables for people, JSON lines for pipes).
    static var isTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// The terminal's width, or `fallback` when stdout is not a terminal.
    static func columns(fallback: Int = 100) -> Int {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return fallback
    }
}
