/// A column of a `Table`: title, how wide, how aligned.
public struct TableColumn: Sendable {
    /// Width policy: a fixed number of columns, or a share of what is left.
    public enum Width: Hashable, Sendable {
        case fixed(Int)
        case flexible(minimum: Int, weight: Int)
    }

    public var title: DisplayText
    public var width: Width
    public var alignment: TextAlignment

    public init(_ title: DisplayText, width: Width = .flexible(minimum: 4, weight: 1), alignment: TextAlignment = .leading) {
        self.title = title
        self.width = width
        self.alignment = alignment
    }
}

/// Which column the rows are sorted by, shown as ▲/▼ (`^`/`v` in ASCII) after its title.
public struct TableSort: Hashable, Sendable {
    public var column: Int
    public var ascending: Bool
    public init(column: Int, ascending: Bool = true) {
        self.column = column
        self.ascending = ascending
    }
}

/// A table of rows with a header, a sort indicator, a scrolling window and a selected row.
///
/// Rows are passed lazily (`rowCount` plus a `row(index)` closure) and only the rows in the
/// viewport are asked for, so rendering costs O(visible rows) whatever the total. The
/// selected row is marked with a glyph in the left gutter and, when focused, reverse video,
/// so selection shows without colour.
public struct Table: Widget {
    public var columns: [TableColumn]
    public var rowCount: Int
    public var row: (Int) -> [DisplayText]
    /// Shorter texts for a cell (row, column), longest first: shown when the cell's text is
    /// wider than its column, the first that fits, before any text is cut with an ellipsis.
    public var shorter: ((Int, Int) -> [DisplayText])?
    public var viewport: TableViewport
    public var sort: TableSort?
    public var focused: Bool
    public var emptyMessage: DisplayText

    /// Columns between two table columns.
    public static let columnGap = 2
    /// Columns of the selection gutter at the left.
    public static let gutter = 2

    public init(
        columns: [TableColumn], rowCount: Int, viewport: TableViewport, sort: TableSort? = nil,
        focused: Bool = true, emptyMessage: DisplayText = "No items", shorter: ((Int, Int) -> [DisplayText])? = nil,
        row: @escaping (Int) -> [DisplayText]
    ) {
        self.columns = columns
        self.rowCount = rowCount
        self.row = row
        self.shorter = shorter
        self.viewport = viewport
        self.sort = sort
        self.focused = focused
        self.emptyMessage = emptyMessage
    }

    /// Convenience for rows already in an array.
    public init(columns: [TableColumn], rows: [[DisplayText]], viewport: TableViewport, sort: TableSort? = nil, focused: Bool = true, emptyMessage: DisplayText = "No items") {
        self.init(columns: columns, rowCount: rows.count, viewport: viewport, sort: sort, focused: focused, emptyMessage: emptyMessage) { rows[$0] }
    }

    /// Rows a rectangle of this height shows (one row goes to the header).
    public static func visibleRows(in rect: Rect) -> Int { max(1, rect.height - 1) }

    /// Column widths for a total width: fixed ones first, flexible ones share the rest by weight.
    public static func columnWidths(_ columns: [TableColumn], totalWidth: Int) -> [Int] {
        let gaps = max(0, columns.count - 1) * columnGap
        var remaining = totalWidth - gutter - gaps
        var widths = [Int](repeating: 0, count: columns.count)
        var totalWeight = 0
        for (i, column) in columns.enumerated() {
            switch column.width {
            case .fixed(let w): widths[i] = w; remaining -= w
            case .flexible(let minimum, let weight): widths[i] = minimum; remaining -= minimum; totalWeight += max(1, weight)
            }
        }
        if remaining > 0 && totalWeight > 0 {
            var lastFlexible = -1
            var given = 0
            for (i, column) in columns.enumerated() {
                if case .flexible(_, let weight) = column.width {
                    let extra = remaining * max(1, weight) / totalWeight
                    widths[i] += extra
                    given += extra
                    lastFlexible = i
                }
            }
            if lastFlexible >= 0 { widths[lastFlexible] += remaining - given }
        }
        return widths
    }

    public func render(into grid: inout CellGrid, in rect: Rect) {
        guard !rect.isEmpty else { return }
        grid.fill(rect)
        let widths = Self.columnWidths(columns, totalWidth: rect.width)
        // Header.
        var x = rect.x + Self.gutter
        for (i, column) in columns.enumerated() {
            var title = column.title
            if let sort, sort.column == i {
                let arrow = DisplayText(String(sort.ascending ? grid.glyphs.sortAscending : grid.glyphs.sortDescending))
                title = title.truncated(toWidth: max(0, widths[i] - 1), ellipsis: grid.glyphs.ellipsis) + arrow
            }
            grid.write(title.fitted(toWidth: widths[i], alignment: column.alignment, ellipsis: grid.glyphs.ellipsis), x: x, y: rect.y, maxWidth: max(0, min(widths[i], rect.maxX - x)), style: CellStyle([.bold, .underline]))
            x += widths[i] + Self.columnGap
        }
        let body = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1)
        guard !body.isEmpty else { return }
        if rowCount == 0 {
            grid.write(emptyMessage, x: body.x + Self.gutter, y: body.y, maxWidth: body.width - Self.gutter, style: .dim)
            return
        }
        var view = viewport
        view.update(rowCount: rowCount, visibleRows: body.height)
        for (offset, index) in view.visibleRange.enumerated() {
            let y = body.y + offset
            let selected = index == view.selectedIndex
            let style: CellStyle = selected && focused ? .reverse : .plain
            if selected && focused { grid.fill(Rect(x: body.x, y: y, width: body.width, height: 1), style: style) }
            if selected {
                grid.write(DisplayText(String(grid.glyphs.selectionMarker)), x: body.x, y: y, maxWidth: 1, style: style.adding(.bold))
            }
            let values = row(index)
            var cx = body.x + Self.gutter
            for (i, column) in columns.enumerated() where cx < body.maxX {
                var value = i < values.count ? values[i] : .empty
                if value.width > widths[i], let shorter, let fits = shorter(index, i).first(where: { $0.width <= widths[i] }) {
                    value = fits
                }
                let text = value.fitted(toWidth: widths[i], alignment: column.alignment, ellipsis: grid.glyphs.ellipsis)
                grid.write(text, x: cx, y: y, maxWidth: min(widths[i], body.maxX - cx), style: style)
                cx += widths[i] + Self.columnGap
            }
        }
    }

    /// Where the hardware cursor goes: the start of the selected row, hidden.
    public func cursorPlacement(in rect: Rect) -> CursorPlacement? {
        guard rowCount > 0, rect.height > 1 else { return nil }
        var view = viewport
        view.update(rowCount: rowCount, visibleRows: rect.height - 1)
        guard let selected = view.selectedIndex else { return nil }
        return CursorPlacement(column: rect.x, row: rect.y + 1 + selected - view.topIndex, visible: false)
    }
}
