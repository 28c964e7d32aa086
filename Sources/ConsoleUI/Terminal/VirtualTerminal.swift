public import ConsoleCore

/// An in-memory terminal for tests and benchmarks: tests script input events in and read the
/// presented screen back as plain text lines. Without Unicode capability it shows non-ASCII
/// cells as `?`, exactly as `CursesTerminal` does in a non-UTF-8 locale. It also counts the cells each frame changed,
/// which is what a diffing backend would write.
public final class VirtualTerminal: Terminal {
    public private(set) var size: TerminalSize
    public var capabilities: TerminalCapabilities
    /// The last presented frame (blank before the first `present`).
    public private(set) var screen: CellGrid
    /// Where the last frame put the hardware cursor.
    public private(set) var cursor: CursorPlacement?
    /// Frames presented so far.
    public private(set) var frameCount = 0
    /// Cells the last `present` changed (all cells for the first frame or after a resize).
    public private(set) var lastChangedCells = 0
    /// Times `bell()` was called.
    public private(set) var bellCount = 0
    private var pending: [InputEvent] = []
    private var hasScreen = false

    public init(columns: Int = 80, rows: Int = 24, capabilities: TerminalCapabilities = TerminalCapabilities()) {
        self.size = TerminalSize(columns: columns, rows: rows)
        self.capabilities = capabilities
        self.screen = CellGrid(columns: columns, rows: rows, glyphs: capabilities.glyphs)
    }

    // MARK: scripting input

    /// Queues events to be returned by `nextEvent`.
    public func enqueue(_ events: InputEvent...) {
        pending.append(contentsOf: events)
    }

    /// Queues key presses.
    public func press(_ keys: Key...) {
        pending.append(contentsOf: keys.map { .key($0) })
    }

    /// Queues one `.character` key per grapheme of `text`.
    public func type(_ text: String) {
        pending.append(contentsOf: text.map { .key(.character($0)) })
    }

    /// Changes the size and queues the resize event, as a real terminal would.
    public func resize(columns: Int, rows: Int) {
        size = TerminalSize(columns: columns, rows: rows)
        pending.append(.resize(columns: columns, rows: rows))
    }

    /// Events queued but not yet read.
    public var pendingEventCount: Int { pending.count }

    // MARK: Terminal

    public func nextEvent(timeout: Duration) -> InputEvent? {
        pending.isEmpty ? nil : pending.removeFirst()
    }

    public func present(_ frame: CellGrid, cursor: CursorPlacement?) {
        let frame = capabilities.unicode ? frame : frame.asciiOnly()
        lastChangedCells = frame.changedCellCount(since: hasScreen ? screen : nil)
        screen = frame
        hasScreen = true
        self.cursor = cursor
        frameCount += 1
    }

    public func invalidate() {
        hasScreen = false
    }

    public func bell() {
        bellCount += 1
    }

    // MARK: reading back

    /// The screen as plain text lines, trailing spaces trimmed.
    public var lines: [String] { screen.lines }

    /// The screen as one string of lines joined by newlines.
    public var text: String { screen.plainText }
}
