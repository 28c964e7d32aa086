/// What the whole screen shows when the terminal is smaller than keydesk can lay out:
/// the current and the needed size, instead of a broken layout.
public struct EnlargeTerminalNotice: Widget {
    public var current: TerminalSize
    public var minimum: TerminalSize

    public init(current: TerminalSize, minimum: TerminalSize = .minimum) {
        self.current = current
        self.minimum = minimum
    }

    public func render(into grid: inout CellGrid, in rect: Rect) {
        grid.fill(rect)
        let lines: [DisplayText] = [
            "Please enlarge the terminal",
            DisplayText("now \(current.columns)x\(current.rows), needs \(minimum.columns)x\(minimum.rows)"),
            "q quits",
        ]
        let top = rect.y + max(0, (rect.height - lines.count) / 2)
        for (i, line) in lines.enumerated() where top + i < rect.maxY {
            let x = rect.x + max(0, (rect.width - line.width) / 2)
            grid.write(line, x: x, y: top + i, maxWidth: rect.maxX - x, style: i == 0 ? .bold : .plain)
        }
    }
}
