public import ConsoleCore

/// The seam between the program and a screen: the run loop reads input events and presents
/// frames through it, so the same code drives ncurses in production (`CursesTerminal`) and
/// an in-memory screen in tests (`VirtualTerminal`).
///
/// A terminal belongs to one thread or actor (ncurses is not thread-safe).
public protocol Terminal: AnyObject {
    /// Current size in columns and rows.
    var size: TerminalSize { get }
    /// What the terminal can show: Unicode or ASCII glyphs, colours or not.
    var capabilities: TerminalCapabilities { get }
    /// Waits up to `timeout` for the next event; nil when nothing arrived in time.
    /// After `.hangup` or `.terminate` the caller must stop and close the terminal.
    func nextEvent(timeout: Duration) -> InputEvent?
    /// Shows a frame, writing only what changed since the last one, and puts the hardware
    /// cursor where asked (nil: parked at the bottom-right, hidden).
    func present(_ frame: CellGrid, cursor: CursorPlacement?)
    /// Forgets what is on screen so the next `present` repaints everything (Ctrl-L).
    func invalidate()
    /// Rings the bell.
    func bell()
}

extension Terminal {
    /// An empty frame of the terminal's current size with the right glyph set.
    public func makeFrame() -> CellGrid {
        CellGrid(columns: size.columns, rows: size.rows, glyphs: capabilities.glyphs)
    }

    public func present(_ frame: CellGrid) {
        present(frame, cursor: nil)
    }
}

/// What a terminal can display, decided once at start-up from the locale, `NO_COLOR` and the
/// terminal's colour support.
public struct TerminalCapabilities: Hashable, Sendable {
    /// False in non-UTF-8 locales: ASCII glyphs, and non-ASCII text shown as `?`.
    public var unicode: Bool
    /// False under `NO_COLOR`, `--no-color` or on monochrome terminals.
    public var colors: Bool

    public init(unicode: Bool = true, colors: Bool = true) {
        self.unicode = unicode
        self.colors = colors
    }

    public var glyphs: Glyphs { unicode ? .unicode : .ascii }

    /// True when the environment asks for no colour (`NO_COLOR` set to anything non-empty,
    /// per no-color.org).
    public static func noColorRequested(environment: [String: String]) -> Bool {
        if let value = environment["NO_COLOR"], !value.isEmpty { return true }
        return false
    }
}
