/// Everything the terminal can tell the program, in one type, so the run loop has a single
/// `switch` and tests can script any of it through the virtual terminal.
public enum InputEvent: Hashable, Sendable {
    /// A key press.
    case key(Key)
    /// Text pasted in one piece (bracketed paste); may contain newlines and must be sanitized
    /// before display.
    case paste(String)
    /// The terminal now has this many columns and rows.
    case resize(columns: Int, rows: Int)
    /// A mouse event (only when mouse support was turned on; it is off by default).
    case mouse(MouseEvent)
    /// Input ended: end of file or I/O error on the terminal, or SIGHUP (the SSH session
    /// dropped). The program must exit, never poll again.
    case hangup
    /// SIGINT or SIGTERM asked the program to stop; it must restore the terminal and exit.
    case terminate
}

/// A mouse press, release or wheel step at a cell position (0-based column and row).
public struct MouseEvent: Hashable, Sendable {
    /// What happened.
    public enum Kind: Hashable, Sendable {
        case press(button: Int)
        case release(button: Int)
        case wheelUp
        case wheelDown
    }

    public var kind: Kind
    public var column: Int
    public var row: Int

    public init(kind: Kind, column: Int, row: Int) {
        self.kind = kind
        self.column = column
        self.row = row
    }
}
