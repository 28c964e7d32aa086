/// The frame every widget renders into: a rectangle of cells that a `Terminal` presents.
/// Writing is clipped to the grid and to an optional width, never cuts a grapheme cluster,
/// and keeps wide characters whole (a half-overwritten wide character is blanked).
public struct CellGrid: Hashable, Sendable {
    public let columns: Int
    public let rows: Int
    /// Glyph set the frame is drawn with (ASCII in non-UTF-8 locales).
    public var glyphs: Glyphs
    public private(set) var cells: [Cell]

    public init(columns: Int, rows: Int, glyphs: Glyphs = .unicode) {
        self.columns = max(0, columns)
        self.rows = max(0, rows)
        self.glyphs = glyphs
        self.cells = Array(repeating: .blank, count: self.columns * self.rows)
    }

    public var size: TerminalSize { TerminalSize(columns: columns, rows: rows) }
    public var bounds: Rect { Rect(x: 0, y: 0, width: columns, height: rows) }

    public subscript(column: Int, row: Int) -> Cell {
        get { cells[row * columns + column] }
        set { cells[row * columns + column] = newValue }
    }

    /// Blanks the whole grid.
    public mutating func clear() {
        for i in cells.indices { cells[i] = .blank }
    }

    /// Fills a rectangle with blanks in the given style.
    public mutating func fill(_ rect: Rect, style: CellStyle = .plain) {
        let clipped = clip(rect)
        guard !clipped.isEmpty else { return }
        for y in clipped.y..<clipped.maxY {
            for x in clipped.x..<clipped.maxX { set(Cell(grapheme: " ", style: style), x: x, y: y) }
        }
    }

    /// Adds attributes to every cell of a rectangle (e.g. reverse video for a selected row).
    public mutating func addAttributes(_ attributes: TextAttributes, in rect: Rect) {
        let clipped = clip(rect)
        guard !clipped.isEmpty else { return }
        for y in clipped.y..<clipped.maxY {
            for x in clipped.x..<clipped.maxX {
                cells[y * columns + x].style.attributes.formUnion(attributes)
            }
        }
    }

    /// Writes text starting at (x, y), at most `maxWidth` columns (default: to the right
    /// edge), truncating with the grid's ellipsis. Returns the number of columns written.
    @discardableResult
    public mutating func write(_ text: DisplayText, x: Int, y: Int, maxWidth: Int? = nil, style: CellStyle = .plain) -> Int {
        guard y >= 0, y < rows, x < columns else { return 0 }
        let limit = min(maxWidth ?? (columns - x), columns - max(0, x))
        guard limit > 0 else { return 0 }
        let fitted = text.width > limit ? text.truncated(toWidth: limit, ellipsis: glyphs.ellipsis) : text
        var column = x
        for cluster in fitted.text {
            let w = DisplayWidth.of(cluster)
            if w == 0 { continue }
            if column + w > x + limit { break }
            if column >= 0 {
                if w == 2 {
                    set(Cell(grapheme: cluster, width: 2, style: style), x: column, y: y)
                    set(.continuation(style: style), x: column + 1, y: y)
                } else {
                    set(Cell(grapheme: cluster, width: 1, style: style), x: column, y: y)
                }
            }
            column += w
        }
        return column - x
    }

    /// Writes one character repeated `count` times (borders, rules).
    public mutating func repeatCharacter(_ character: Character, x: Int, y: Int, count: Int, style: CellStyle = .plain) {
        guard y >= 0, y < rows else { return }
        for column in max(0, x)..<min(columns, x + max(0, count)) {
            set(Cell(grapheme: character, width: 1, style: style), x: column, y: y)
        }
    }

    /// The grid as plain text lines, trailing spaces trimmed (what snapshots compare).
    public var lines: [String] {
        (0..<rows).map { line($0) }
    }

    /// One row as plain text, trailing spaces trimmed.
    public func line(_ row: Int) -> String {
        var text = ""
        for x in 0..<columns {
            let cell = self[x, row]
            if cell.isContinuation { continue }
            text.append(cell.grapheme)
        }
        while text.last == " " { text.removeLast() }
        return text
    }

    /// All lines joined with newlines.
    public var plainText: String { lines.joined(separator: "\n") }

    // MARK: - private

    private func clip(_ rect: Rect) -> Rect {
        let x0 = max(0, rect.x), y0 = max(0, rect.y)
        let x1 = min(columns, rect.maxX), y1 = min(rows, rect.maxY)
        return Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
    }

    /// Sets one cell, repairing any wide character it cuts in half.
    private mutating func set(_ cell: Cell, x: Int, y: Int) {
        guard x >= 0, x < columns, y >= 0, y < rows else { return }
        let index = y * columns + x
        let old = cells[index]
        if old.isContinuation, x > 0, !cell.isContinuation {
            // Overwriting the right half of a wide character: blank its left half.
            let left = index - 1
            if cells[left].width == 2 { cells[left] = Cell(grapheme: " ", style: cells[left].style) }
        }
        if old.width == 2, x + 1 < columns {
            // Overwriting the left half: blank the orphaned right half.
            let right = index + 1
            if cells[right].isContinuation { cells[right] = Cell(grapheme: " ", style: cells[right].style) }
        }
        if cell.width == 2 && x + 1 >= columns {
            // No room for the right half: show a blank instead of a broken character.
            cells[index] = Cell(grapheme: " ", style: cell.style)
            return
        }
        cells[index] = cell
    }
}
