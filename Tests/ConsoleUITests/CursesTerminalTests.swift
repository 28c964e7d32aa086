#if canImport(Glibc)
import Glibc
#endif
import ConsoleCore
import Testing
@testable import ConsoleUI

/// The real ncurses backend on a pseudo-terminal: what it writes, what it reads, and that it
/// restores the terminal. Serialized because ncurses and signal handlers are process-global.
@Suite(.serialized) struct CursesTerminalTests {
    func open(_ pty: PseudoTerminal, environment: [String: String] = ["TERM": "xterm-256color"], locale: String = "C.UTF-8") throws -> CursesTerminal {
        try CursesTerminal(options: CursesTerminal.Options(
            inputDescriptor: pty.slaveDescriptor, outputDescriptor: pty.slaveDescriptor,
            terminalType: "xterm-256color", environment: environment, locale: locale
        ))
    }

    /// A full screen: status bar, and a pane whose table fills every row (1,000 residents).
    func fullTableFrame(_ terminal: any Terminal, selected: Int) -> CellGrid {
        var grid = terminal.makeFrame()
        let (top, rest) = grid.bounds.splitTop(1)
        let (middle, footer) = rest.splitBottom(1)
        StatusBar(left: ["keydesk", "Users"], right: ["80x24"]).render(into: &grid, in: top)
        let pane = Pane(title: "Users", focused: true)
        let content = pane.contentRect(in: middle)
        let viewport = TableViewport(rowCount: 1000, visibleRows: Table.visibleRows(in: content), selectedIndex: selected)
        pane.render(into: &grid, in: middle)
        Table(columns: [TableColumn("#", width: .fixed(6), alignment: .trailing), TableColumn("Name"), TableColumn("Email"), TableColumn("Status", width: .fixed(9))],
              rowCount: 1000, viewport: viewport) { i in
            [DisplayText("\(i + 1)"), DisplayText(i % 5 == 0 ? "山田太郎 \(i)" : "Resident \(i)"), DisplayText("resident\(i)@example.com"), "active"]
        }.render(into: &grid, in: content)
        Footer(hints: [KeyHint(key: "j", label: "Down"), KeyHint(key: "q", label: "Quit")]).render(into: &grid, in: footer)
        return grid
    }

    func consoleFrame(_ terminal: any Terminal, selected: Int) -> CellGrid {
        var grid = terminal.makeFrame()
        drawConsole(&grid, selected: selected)
        return grid
    }

    /// Reads events until one arrives or a deadline passes.
    func nextEvent(_ terminal: CursesTerminal, within seconds: Int = 3) -> InputEvent? {
        let deadline = ContinuousClock.now.advanced(by: .seconds(seconds))
        while ContinuousClock.now < deadline {
            if let event = terminal.nextEvent(timeout: .milliseconds(50)) { return event }
        }
        return nil
    }

    @Test func writesOnlyChangedRowsWhenTheSelectionMoves() throws {
        let pty = try PseudoTerminal(columns: 80, rows: 24)
        let terminal = try open(pty)
        defer { terminal.close() }
        #expect(terminal.size == TerminalSize(columns: 80, rows: 24))
        #expect(terminal.capabilities.unicode)
        _ = pty.drain()
        terminal.present(fullTableFrame(terminal, selected: 5))
        let full = pty.drain()
        let text = String(decoding: full, as: UTF8.self)
        #expect(text.contains("山田太郎 0"))
        terminal.present(fullTableFrame(terminal, selected: 6))
        let move = pty.drain()
        #expect(!move.isEmpty)
        #expect(move.count * 10 <= full.count, "moving the selection wrote \(move.count) bytes, a full repaint \(full.count)")
        print("figures: full repaint \(full.count) bytes, selection move \(move.count) bytes (\(move.count * 1000 / max(1, full.count)) per mille)")
        terminal.present(fullTableFrame(terminal, selected: 6))
        #expect(pty.drain().count < 16, "an identical frame should write (almost) nothing")
    }

    @Test func hostileTextNeverReachesTheTerminalAsControlBytes() throws {
        let pty = try PseudoTerminal(columns: 80, rows: 24)
        let terminal = try open(pty)
        defer { terminal.close() }
        _ = pty.drain()
        terminal.present(consoleFrame(terminal, selected: 0))
        let bytes = pty.drain()
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(!text.contains("pwned\u{7}"))
        #expect(!text.contains("\u{1B}]0;"))
        #expect(text.contains("^[]0;pwned^G"))
        #expect(!text.unicodeScalars.contains { $0.value == 0x202E })
    }

    @Test func readsKeysPasteAndResize() throws {
        let pty = try PseudoTerminal(columns: 80, rows: 24)
        let terminal = try open(pty)
        defer { terminal.close() }
        while let stale = terminal.nextEvent(timeout: .milliseconds(20)), case .resize = stale {}
        pty.send("j")
        #expect(nextEvent(terminal) == .key(.character("j")))
        pty.send("\u{1B}OA")
        #expect(nextEvent(terminal) == .key(.up))
        pty.send("\u{1B}[B")
        #expect(nextEvent(terminal) == .key(.down))
        pty.send("\u{0C}")
        #expect(nextEvent(terminal) == .key(.control("l")))
        pty.send("\r")
        #expect(nextEvent(terminal) == .key(.enter))
        pty.send("é")
        #expect(nextEvent(terminal) == .key(.character("é")))
        pty.send("\u{7F}")
        #expect(nextEvent(terminal) == .key(.backspace))
        pty.send("\u{1B}")
        #expect(nextEvent(terminal) == .key(.escape))
        pty.send("\u{1B}[200~Zoë\r日本\u{1B}[201~")
        #expect(nextEvent(terminal) == .paste("Zoë\n日本"))
        pty.resize(columns: 100, rows: 30)
        kill(getpid(), SIGWINCH) // ncurses catches it with SA_RESTART; raise() would miss its handler thread
        #expect(nextEvent(terminal) == .resize(columns: 100, rows: 30))
        #expect(terminal.size == TerminalSize(columns: 100, rows: 30))
        #expect(terminal.nextEvent(timeout: .milliseconds(10)) == nil)
    }

    @Test func closingTheOtherSideIsAHangupNotASpin() throws {
        let pty = try PseudoTerminal(columns: 80, rows: 24)
        let terminal = try open(pty)
        defer { terminal.close() }
        pty.closeMaster()
        let start = ContinuousClock.now
        var event = nextEvent(terminal)
        while case .resize = event { event = nextEvent(terminal) }
        #expect(event == .hangup)
        #expect(ContinuousClock.now - start < .seconds(1))
    }

    @Test func sigtermBecomesAnEventAndCloseRestoresTheTerminal() throws {
        let pty = try PseudoTerminal(columns: 80, rows: 24)
        #expect(pty.slaveIsCooked)
        let terminal = try open(pty)
        #expect(!pty.slaveIsCooked)
        // To this thread only: a process-directed SIGTERM lands on any thread of the shared test
        // process and interrupts whatever another suite's thread is waiting in.
        raise(SIGTERM)
        #expect(nextEvent(terminal) == .terminate)
        terminal.close()
        terminal.close()
        #expect(pty.slaveIsCooked)
        let tail = String(decoding: pty.drain(), as: UTF8.self)
        #expect(tail.contains("\u{1B}[?2004l"), "bracketed paste is turned off again")
    }

    @Test func withTerminalRestoresOnAThrownError() throws {
        struct Boom: Error {}
        let pty = try PseudoTerminal(columns: 80, rows: 24)
        let options = CursesTerminal.Options(inputDescriptor: pty.slaveDescriptor, outputDescriptor: pty.slaveDescriptor, terminalType: "xterm-256color", environment: [:], locale: "C.UTF-8")
        #expect(throws: Boom.self) {
            try CursesTerminal.withTerminal(options: options) { terminal in
                #expect(!pty.slaveIsCooked)
                throw Boom()
            }
        }
        #expect(pty.slaveIsCooked)
    }

    @Test func noColorAndNonUTF8LocaleAreHonoured() throws {
        let pty = try PseudoTerminal(columns: 80, rows: 24)
        let terminal = try open(pty, environment: ["TERM": "xterm-256color", "NO_COLOR": "1"], locale: "C")
        defer { terminal.close() }
        #expect(!terminal.capabilities.colors)
        #expect(!terminal.capabilities.unicode)
        #expect(terminal.makeFrame().glyphs == .ascii)
        _ = pty.drain()
        terminal.present(consoleFrame(terminal, selected: 0))
        let bytes = pty.drain()
        #expect(bytes.allSatisfy { $0 < 0x80 }, "only ASCII is written in a non-UTF-8 locale")
        #expect(String(decoding: bytes, as: UTF8.self).contains("Zo?"))
    }

    @Test func unknownTermIsAnErrorNotAnExit() throws {
        let pty = try PseudoTerminal(columns: 80, rows: 24)
        #expect(throws: TerminalError.self) {
            try CursesTerminal(options: CursesTerminal.Options(inputDescriptor: pty.slaveDescriptor, outputDescriptor: pty.slaveDescriptor, terminalType: "no-such-terminal-xyz", environment: [:]))
        }
        #expect(throws: TerminalError.self) {
            try CursesTerminal(options: CursesTerminal.Options(inputDescriptor: -1, outputDescriptor: -1))
        }
    }
}
