public import ConsoleUI

/// Renders a frame into a fresh 80x24 virtual terminal (or another size) and returns the
/// screen text, the way the real run loop would present it.
public func renderScreen(columns: Int = 80, rows: Int = 24, unicode: Bool = true, _ draw: (inout CellGrid) -> Void) -> String {
    renderTerminal(columns: columns, rows: rows, unicode: unicode, draw).text
}

/// Renders a frame into a fresh virtual terminal and returns the terminal, for snapshots that
/// also look at styles (`styledText`).
public func renderTerminal(columns: Int = 80, rows: Int = 24, unicode: Bool = true, _ draw: (inout CellGrid) -> Void) -> VirtualTerminal {
    let terminal = VirtualTerminal(columns: columns, rows: rows, capabilities: TerminalCapabilities(unicode: unicode, colors: false))
    var frame = terminal.makeFrame()
    draw(&frame)
    terminal.present(frame)
    return terminal
}
