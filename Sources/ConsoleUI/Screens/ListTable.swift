public import ConsoleCore

/// Builds the table widget for one list pane: only the rows on screen are turned into text,
/// so drawing a list of 100,000 credentials costs the same as drawing a list of 20.
enum ListTable {
    static func columns(_ columns: [ListColumn]) -> [TableColumn] {
        columns.map { column in
            let width: TableColumn.Width
            switch column.width {
            case .fixed(let cells): width = .fixed(cells)
            case .flexible(let minimum, let weight): width = .flexible(minimum: minimum, weight: weight)
            }
            return TableColumn(DisplayText(column.title), width: width, alignment: column.alignment == .trailing ? .trailing : .leading)
        }
    }

    static func make<Row: ListRow>(_ list: ListState<Row>, height: Int, focused: Bool, emptyMessage: String) -> Table {
        let viewport = TableViewport(rowCount: list.count, visibleRows: max(height - 1, 1), selectedIndex: list.cursor, topIndex: list.scrollTop)
        let sort = list.sort.map { TableSort(column: $0.column, ascending: $0.ascending) }
        let columnCount = Row.columns.count
        return Table(columns: columns(Row.columns), rowCount: list.count, viewport: viewport, sort: sort,
                     focused: focused, emptyMessage: DisplayText(emptyMessage),
                     shorter: { position, column in list.row(at: position)?.shorterTexts(forColumn: column).map { DisplayText($0) } ?? [] }) { position in
            guard let row = list.row(at: position) else { return [] }
            return (0..<columnCount).map { DisplayText(row.text(forColumn: $0)) }
        }
    }
}
