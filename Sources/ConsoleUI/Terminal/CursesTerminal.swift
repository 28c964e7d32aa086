#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CCrashGuard
import CNCurses
public import ConsoleCore

/// The production terminal: ncursesw on the user's tty.
///
/// Opening it sets the locale, installs SIGINT/SIGTERM/SIGHUP handlers before `newterm` (so
/// ncurses does not `_exit` behind our back), ignores SIGQUIT and SIGTSTP while it is open
/// (Ctrl-\ and Ctrl-Z do nothing), tells the crash guard how to put the terminal back
/// (Sources/CCrashGuard), and puts the terminal in cbreak/noecho/nonl
/// with keypad and a 25 ms Esc delay. `present` writes only the cells that changed since the
/// last frame, then one `wnoutrefresh` + `doupdate`. `close()` restores the terminal and is
/// safe to call more than once; `withTerminal` guarantees it on every exit path.
public final class CursesTerminal: Terminal {
    /// How to open the terminal.
    public struct Options: Sendable {
        /// Mouse reporting; off by default so staff can select and copy text.
        public var mouse: Bool
        /// Force colours off (`--no-color`); `NO_COLOR` and monochrome terminals also turn them off.
        public var colors: Bool
        /// Ask the terminal for bracketed paste so pasted text arrives as one `.paste` event.
        public var bracketedPaste: Bool
        /// Descriptors of the terminal (default stdin and stdout).
        public var inputDescriptor: Int32
        public var outputDescriptor: Int32
        /// Terminal type; nil uses `$TERM`.
        public var terminalType: String?
        /// Environment consulted for `NO_COLOR`.
        public var environment: [String: String]
        /// Locale passed to `setlocale(LC_ALL, …)`; "" (the default) takes it from the environment.
        public var locale: String

        public init(
            mouse: Bool = false, colors: Bool = true, bracketedPaste: Bool = true,
            inputDescriptor: Int32 = 0, outputDescriptor: Int32 = 1, terminalType: String? = nil,
            environment: [String: String] = CursesTerminal.processEnvironment(), locale: String = ""
        ) {
            self.locale = locale
            self.mouse = mouse
            self.colors = colors
            self.bracketedPaste = bracketedPaste
            self.inputDescriptor = inputDescriptor
            self.outputDescriptor = outputDescriptor
            self.terminalType = terminalType
            self.environment = environment
        }
    }

    public private(set) var size: TerminalSize
    public let capabilities: TerminalCapabilities
    private let options: Options
    private var screen: OpaquePointer?
    private var window: UnsafeMutablePointer<WINDOW>?
    private var outputFile: UnsafeMutablePointer<FILE>?
    private var inputFile: UnsafeMutablePointer<FILE>?
    private var previous: CellGrid?
    private var clusterBuffer = [wchar_t](repeating: 0, count: 8)
    private var pendingEvents: [InputEvent] = []
    private var closed = false
    private let attrBold = cncurses_attr_bold()
    private let attrReverse = cncurses_attr_reverse()
    private let attrUnderline = cncurses_attr_underline()
    private let attrDim = cncurses_attr_dim()

    /// Opens the terminal. Throws `TerminalError` when the descriptors are not a terminal or
    /// `TERM` is unknown; the terminal is left untouched then.
    public init(options: Options = Options()) throws(TerminalError) {
        self.options = options
        setlocale(LC_ALL, options.locale)
        let unicode = cncurses_locale_is_utf8() != 0
        guard isatty(options.inputDescriptor) != 0, isatty(options.outputDescriptor) != 0 else {
            throw .notATerminal
        }
        cncurses_install_termination_handlers()
        crashguard_terminal_acquired(options.inputDescriptor, options.outputDescriptor)
        var out: UnsafeMutablePointer<FILE>?
        var input: UnsafeMutablePointer<FILE>?
        let term = options.terminalType ?? options.environment["TERM"]
        let screen: OpaquePointer? = term.withOptionalCString { cncurses_newterm($0, options.outputDescriptor, options.inputDescriptor, &out, &input) }
        guard let screen else {
            crashguard_terminal_released()
            cncurses_restore_termination_handlers()
            throw .unknownTerminal(term)
        }
        self.screen = screen
        self.outputFile = out
        self.inputFile = input
        set_term(screen)
        let window = cncurses_stdscr()
        self.window = window
        cbreak()
        noecho()
        nonl()
        intrflush(window, false)
        keypad(window, true)
        leaveok(window, false)
        set_escdelay(25)
        curs_set(0)
        var wantColors = options.colors && !TerminalCapabilities.noColorRequested(environment: options.environment) && has_colors()
        if wantColors {
            wantColors = start_color() == OK
            if wantColors {
                use_default_colors()
                Self.initColorPairs()
            }
        }
        self.capabilities = TerminalCapabilities(unicode: unicode, colors: wantColors)
        cncurses_set_mouse(options.mouse ? 1 : 0)
        // Some terminals (PuTTY, terminals ignoring keypad-transmit mode) send CSI cursor keys
        // where terminfo lists SS3 ones; accept both.
        for (sequence, code) in [("\u{1B}[A", KEY_UP), ("\u{1B}[B", KEY_DOWN), ("\u{1B}[C", KEY_RIGHT), ("\u{1B}[D", KEY_LEFT),
                                 ("\u{1B}[H", KEY_HOME), ("\u{1B}[F", KEY_END), ("\u{1B}OH", KEY_HOME), ("\u{1B}OF", KEY_END),
                                 ("\u{1B}[1~", KEY_HOME), ("\u{1B}[4~", KEY_END)] {
            define_key(sequence, code)
        }
        if options.bracketedPaste {
            define_key("\u{1B}[200~", Int32(CursesKeyMapping.pasteStartCode))
            define_key("\u{1B}[201~", Int32(CursesKeyMapping.pasteEndCode))
            if let out { cncurses_write_raw(out, "\u{1B}[?2004h") }
        }
        var restore = [CChar](repeating: 0, count: 256)
        _ = cncurses_restore_sequence(&restore, Int32(restore.count), options.bracketedPaste ? 1 : 0, options.mouse ? 1 : 0)
        crashguard_terminal_restore_sequence(restore)
        var rows: Int32 = 0, cols: Int32 = 0
        cncurses_getmaxyx(window, &rows, &cols)
        self.size = TerminalSize(columns: Int(cols), rows: Int(rows))
    }

    deinit {
        close()
    }

    /// Opens the terminal, runs `body`, and restores the terminal however `body` ends
    /// (return, thrown error). Signals end up as `.terminate`/`.hangup` events that the body
    /// must honour by returning.
    public static func withTerminal<T>(options: Options = Options(), _ body: (CursesTerminal) throws -> T) throws -> T {
        let terminal = try CursesTerminal(options: options)
        defer { terminal.close() }
        return try body(terminal)
    }

    /// Restores the terminal (bracketed paste off, `endwin`, `delscreen`) and the previous
    /// signal handlers. Idempotent.
    public func close() {
        guard !closed else { return }
        closed = true
        if let screen {
            set_term(screen)
            if options.bracketedPaste, let outputFile { cncurses_write_raw(outputFile, "\u{1B}[?2004l") }
            cncurses_set_mouse(0)
            curs_set(1)
            endwin()
            delscreen(screen)
        }
        crashguard_terminal_released()
        if let outputFile { fclose(outputFile) }
        if let inputFile { fclose(inputFile) }
        screen = nil
        window = nil
        outputFile = nil
        inputFile = nil
        cncurses_restore_termination_handlers()
    }

    /// The signal that asked us to stop, if any (SIGINT, SIGTERM, SIGHUP).
    public var receivedSignal: Int32? {
        let s = cncurses_pending_termination_signal()
        return s == 0 ? nil : s
    }

    // MARK: input

    public func nextEvent(timeout: Duration) -> InputEvent? {
        if let signalEvent = signalEvent() { return signalEvent }
        if !pendingEvents.isEmpty { return pendingEvents.removeFirst() }
        guard let window, !closed else { return .hangup }
        let milliseconds = max(0, Int32(clamping: timeout.components.seconds * 1000 + timeout.components.attoseconds / 1_000_000_000_000_000))
        wtimeout(window, milliseconds)
        let input = cncurses_get_wch(window)
        if input.status == ERR {
            if let signalEvent = signalEvent() { return signalEvent }
            if cncurses_input_is_dead(options.inputDescriptor) != 0 { return .hangup }
            return nil
        }
        if input.status == cncurses_key_code_yes() {
            return keyCodeEvent(Int32(bitPattern: input.value))
        }
        return CursesKeyMapping.character(input.value).map { .key($0) }
    }

    private func signalEvent() -> InputEvent? {
        switch cncurses_pending_termination_signal() {
        case 0: return nil
        case SIGHUP: return .hangup
        default: return .terminate
        }
    }

    private func keyCodeEvent(_ code: Int32) -> InputEvent? {
        if code == cncurses_key_resize() {
            refreshSize()
            return .resize(columns: size.columns, rows: size.rows)
        }
        if code == cncurses_key_mouse() {
            var x: Int32 = 0, y: Int32 = 0, button: Int32 = 0, kind: Int32 = 0
            guard cncurses_get_mouse(&x, &y, &button, &kind) == OK else { return nil }
            let mouseKind: MouseEvent.Kind
            switch kind {
            case 1: mouseKind = .press(button: Int(button))
            case 2: mouseKind = .release(button: Int(button))
            case 3: mouseKind = .wheelUp
            case 4: mouseKind = .wheelDown
            default: return nil
            }
            return .mouse(MouseEvent(kind: mouseKind, column: Int(x), row: Int(y)))
        }
        if UInt32(code) == CursesKeyMapping.pasteStartCode {
            return readPaste()
        }
        if UInt32(code) == CursesKeyMapping.pasteEndCode { return nil }
        return CursesKeyMapping.keyCode(code).map { .key($0) }
    }

    /// Collects characters until the paste-end sequence (or a second of silence).
    private func readPaste() -> InputEvent {
        guard let window else { return .paste("") }
        var text = String.UnicodeScalarView()
        wtimeout(window, 1000)
        while true {
            let input = cncurses_get_wch(window)
            if input.status == ERR { break }
            if input.status == cncurses_key_code_yes() {
                if input.value == CursesKeyMapping.pasteEndCode { break }
                if let event = keyCodeEvent(Int32(bitPattern: input.value)) { pendingEvents.append(event) }
                continue
            }
            if input.value == 0x0D { text.append("\n") } else if let scalar = Unicode.Scalar(input.value) { text.append(scalar) }
        }
        return .paste(String(text))
    }

    private func refreshSize() {
        guard let window else { return }
        var rows: Int32 = 0, cols: Int32 = 0
        cncurses_getmaxyx(window, &rows, &cols)
        size = TerminalSize(columns: Int(cols), rows: Int(rows))
        previous = nil
    }

    // MARK: output

    public func present(_ frame: CellGrid, cursor: CursorPlacement?) {
        guard let window, !closed else { return }
        let frame = capabilities.unicode ? frame : frame.asciiOnly()
        let fullRepaint = previous == nil || previous?.columns != frame.columns || previous?.rows != frame.rows
        if fullRepaint { werase(window) }
        let limitColumns = min(frame.columns, size.columns)
        let limitRows = min(frame.rows, size.rows)
        for run in frame.changedRuns(since: fullRepaint ? nil : previous) where run.row < limitRows {
            var x = run.startColumn
            while x < min(run.endColumn, limitColumns) {
                let cell = frame[x, run.row]
                if !cell.isContinuation {
                    if cell.width == 2 && x + 1 >= limitColumns { break }
                    put(cell, x: x, y: run.row, window: window)
                }
                x += 1
            }
        }
        previous = frame
        if let cursor, cursor.row < size.rows, cursor.column < size.columns {
            wmove(window, Int32(cursor.row), Int32(cursor.column))
            curs_set(cursor.visible ? 1 : 0)
        } else {
            wmove(window, Int32(max(0, size.rows - 1)), Int32(max(0, size.columns - 1)))
            curs_set(0)
        }
        wnoutrefresh(window)
        doupdate()
    }

    public func invalidate() {
        previous = nil
        clearok(cncurses_curscr(), true)
    }

    public func bell() {
        beep()
    }

    private func put(_ cell: Cell, x: Int, y: Int, window: UnsafeMutablePointer<WINDOW>) {
        var count = 0
        for scalar in cell.grapheme.unicodeScalars {
            if count >= 5 { break }
            clusterBuffer[count] = wchar_t(bitPattern: scalar.value)
            count += 1
        }
        clusterBuffer[count] = 0
        var attrs = cncurses_attr_normal()
        let a = cell.style.attributes
        if a.contains(.bold) { attrs |= attrBold }
        if a.contains(.reverse) { attrs |= attrReverse }
        if a.contains(.underline) { attrs |= attrUnderline }
        if a.contains(.dim) { attrs |= attrDim }
        let pair = capabilities.colors && cell.style.role != .normal ? Int32(cell.style.role.rawValue) : 0
        clusterBuffer.withUnsafeBufferPointer { buffer in
            _ = cncurses_put_cell(window, Int32(y), Int32(x), buffer.baseAddress, attrs, pair)
        }
    }

    // MARK: helpers

    private static func initColorPairs() {
        let colors: [ColorRole: Int32] = [
            .accent: Int32(COLOR_CYAN), .info: Int32(COLOR_BLUE), .warning: Int32(COLOR_YELLOW),
            .error: Int32(COLOR_RED), .success: Int32(COLOR_GREEN), .muted: -1,
        ]
        for (role, color) in colors {
            init_pair(Int16(role.rawValue), Int16(color), -1)
        }
    }

    /// The process environment as a dictionary.
    public static func processEnvironment() -> [String: String] {
        var result: [String: String] = [:]
        var pointer = environ
        while let entry = pointer.pointee {
            let pair = String(cString: entry)
            if let eq = pair.firstIndex(of: "=") {
                result[String(pair[..<eq])] = String(pair[pair.index(after: eq)...])
            }
            pointer += 1
        }
        return result
    }
}

extension Optional where Wrapped == String {
    fileprivate func withOptionalCString<R>(_ body: (UnsafePointer<CChar>?) -> R) -> R {
        switch self {
        case .some(let s): return s.withCString { body($0) }
        case .none: return body(nil)
        }
    }
}
