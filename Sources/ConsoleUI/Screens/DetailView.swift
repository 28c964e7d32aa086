public import ConsoleCore

/// Draws the detail pane: a bordered, titled pane with the sheet's lines, labels aligned.
struct DetailView: Widget {
    var title: String
    var lines: [DetailSheet.Line]
    var placeholder: String?
    var scroll: Int

    func render(into grid: inout CellGrid, in rect: Rect) {
        let pane = Pane(title: DisplayText(title), focused: true, detail: "Esc closes")
        pane.render(into: &grid, in: rect)
        let inner = pane.contentRect(in: rect)
        guard !inner.isEmpty else { return }
        if let placeholder {
            grid.write(DisplayText(placeholder), x: inner.x + 1, y: inner.y, maxWidth: inner.width - 1, style: .dim)
            return
        }
        let labelWidth = min(14, max(inner.width / 3, 6))
        for (offset, line) in lines.dropFirst(scroll).prefix(inner.height).enumerated() {
            let y = inner.y + offset
            let x = inner.x + 1
            let width = inner.width - 1
            switch line {
            case .heading(let text):
                grid.write(DisplayText(text), x: x, y: y, maxWidth: width, style: .bold)
            case .field(let label, let value):
                grid.write(DisplayText(label).fitted(toWidth: labelWidth, ellipsis: grid.glyphs.ellipsis), x: x, y: y, maxWidth: labelWidth, style: .dim)
                let valueX = x + labelWidth + 1
                grid.write(DisplayText(value).truncated(toWidth: max(width - labelWidth - 1, 0), ellipsis: grid.glyphs.ellipsis), x: valueX, y: y, maxWidth: max(width - labelWidth - 1, 0))
            case .text(let text):
                grid.write(DisplayText(text).truncated(toWidth: width, ellipsis: grid.glyphs.ellipsis), x: x, y: y, maxWidth: width)
            case .problem(let text):
                grid.write(DisplayText(text).truncated(toWidth: width, ellipsis: grid.glyphs.ellipsis), x: x, y: y, maxWidth: width, style: CellStyle(.bold, role: .error))
            case .blank:
                break
            }
        }
    }
}
