import ConsoleCore
import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Shows an import's progress on stderr: on a terminal one bar redrawn in place at most four
/// times a second (rows done and failed of the total, rate, ETA); otherwise a plain line every
/// few seconds, so a log or a CI run gets progress without a flood.
final class ImportProgressReporter: Sendable {
    private struct State {
        var lastDraw = Date.distantPast
        var drewBar = false
    }

    private let isTerminal: Bool
    private let interval: TimeInterval
    private let label: String
    private let state = Mutex(State())

    init(fileName: String, isTerminal: Bool = isatty(STDERR_FILENO) == 1) {
        self.isTerminal = isTerminal
        interval = isTerminal ? 0.25 : 5
        label = fileName
    }

    /// A new tally; drawn when the last drawing is old enough (always for the first and last row).
    func update(_ tally: ImportTally) {
        let now = Date()
        let due = state.withLock { state -> Bool in
            let last = tally.finished == tally.total || tally.finished == 0
            guard last || now.timeIntervalSince(state.lastDraw) >= interval else { return false }
            state.lastDraw = now
            state.drewBar = isTerminal
            return true
        }
        guard due else { return }
        if isTerminal {
            let width = Int(Self.terminalWidth())
            write("\r" + ImportProgressText.bar(tally, now: now, width: width - 1) + "\u{1B}[K")
        } else {
            write("keydesk: import \(label): " + ImportProgressText.status(tally, now: now) + "\n")
        }
    }

    /// Ends the bar's line before other output.
    func finish() {
        let drew = state.withLock { state in
            defer { state.drewBar = false }
            return state.drewBar
        }
        if drew { write("\n") }
    }

    private func write(_ text: String) {
        _ = text.withCString { Glibc.write(STDERR_FILENO, $0, strlen($0)) }
    }

    private static func terminalWidth() -> UInt16 {
        var size = winsize()
        if ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return size.ws_col }
        return 80
    }
}
