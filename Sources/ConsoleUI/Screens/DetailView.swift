public import ConsoleCore

/// Draws the detail pane: a bordered, titled pane with the sheet's lines, labels aligned. Long
/// values wrap onto continuation lines under their value column instead of being cut, so a
/// narrow pane beside the list shows everything; the sheet scrolls when it is taller.
struct DetailView: Widget {
    var title: String
    var lines: [DetailSheet.Line]
    var placeholder: String?
    var scroll: Int

    /// One row of the pane once the sheet is laid out for a width.
    struct Row: Equatable {
        var label: DisplayText?
        var text: DisplayText
        var style: CellStyle
    }

    func render(into grid: inout CellGrid, in rect: Rect) {
        let pane = Pane(title: DisplayText(title), focused: true, detail: "Esc closes")
        pane.render(into: &grid, in: rect)
        let inner = pane.contentRect(in: rect)
        guard !inner.isEmpty else { return }
        let x = inner.x + 1
        let width = inner.width - 1
        if let placeholder {
            for (offset, line) in DisplayText(placeholder).wrapped(toWidth: width).prefix(inner.height).enumerated() {
                grid.write(line, x: x, y: inner.y + offset, maxWidth: width, style: .dim)
            }
            return
        }
        let labelWidth = min(14, max(inner.width / 3, 6))
        let rows = layout(width: width, labelWidth: labelWidth)
        let first = min(max(scroll, 0), max(rows.count - inner.height, 0))
        for (offset, row) in rows.dropFirst(first).prefix(inner.height).enumerated() {
            let y = inner.y + offset
            if let label = row.label {
                grid.write(label.fitted(toWidth: labelWidth, ellipsis: grid.glyphs.ellipsis), x: x, y: y, maxWidth: labelWidth, style: .dim)
                grid.write(row.text, x: x + labelWidth + 1, y: y, maxWidth: max(width - labelWidth - 1, 0), style: row.style)
            } else {
                grid.write(row.text, x: x, y: y, maxWidth: width, style: row.style)
            }
        }
        if rows.count > inner.height {
            let more = first + inner.height < rows.count ? "J: more below" : "K: back up"
            grid.write(DisplayText(more), x: max(inner.maxX - DisplayText(more).width - 1, inner.x), y: rect.maxY - 1,
                       maxWidth: DisplayText(more).width, style: .dim)
        }
    }

    /// The sheet as rows of `width` columns: fields as label and value, the value wrapped under
    /// itself; text and problems wrapped to the whole width, continuation lines indented.
    func layout(width: Int, labelWidth: Int) -> [Row] {
        var rows: [Row] = []
        let valueWidth = max(width - labelWidth - 1, 1)
        for line in lines {
            switch line {
            case .heading(let text):
                rows += wrap(text, width: width, style: .bold)
            case let .field(label, value):
                for (index, piece) in DisplayText(value).wrapped(toWidth: valueWidth).enumerated() {
                    rows.append(Row(label: index == 0 ? DisplayText(label) : DisplayText(""), text: piece, style: .plain))
                }
            case .text(let text):
                rows += wrap(text, width: width, style: .plain)
            case .problem(let text):
                rows += wrap(text, width: width, style: CellStyle(.bold, role: .error))
            case .blank:
                rows.append(Row(label: nil, text: .empty, style: .plain))
            }
        }
        return rows
    }

    /// A line wrapped to `width`; continuation lines are indented two columns.
    private func wrap(_ text: String, width: Int, style: CellStyle) -> [Row] {
        let pieces = DisplayText(text).wrapped(toWidth: width)
        guard let head = pieces.first else { return [Row(label: nil, text: .empty, style: style)] }
        let rest = pieces.dropFirst().map(\.text).joined(separator: " ")
        let continued = rest.isEmpty ? [] : DisplayText(rest).wrapped(toWidth: max(width - 2, 1)).map { DisplayText("  ") + $0 }
        return ([head] + continued).map { Row(label: nil, text: $0, style: style) }
    }
}
