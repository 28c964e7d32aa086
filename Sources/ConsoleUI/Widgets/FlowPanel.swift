import ConsoleCore

/// The panel a step-by-step flow (the wizard, the guest PIN, the move-out) draws over the main
/// area: a titled box, then lines of headings, text, problems, choices and one-line fields. The
/// keys that apply are in the footer (from the registry), so the panel shows none.
struct FlowPanel {
    /// One line of the panel.
    enum Line {
        case heading(String)
        case text(String)
        case dim(String)
        case problem(String)
        case good(String)
        case selectable(String, selected: Bool)
        case field(String, TextDraft, placeholder: String = "", focused: Bool)
    }

    var title: String
    /// Text at the right of the top border (the building).
    var detail: String
    var lines: [Line]
    /// Columns of a text field: a long email scrolls inside it.
    static let fieldWidth = 48

    /// Draws into `rect`; returns the hardware cursor of the focused field, if any.
    @discardableResult
    func render(into grid: inout CellGrid, in rect: Rect) -> CursorPlacement? {
        let pane = Pane(title: DisplayText(title), focused: true, detail: DisplayText(detail))
        pane.render(into: &grid, in: rect)
        let inner = pane.contentRect(in: rect)
        guard inner.height >= 1 else { return nil }
        let width = inner.width - 1
        let x = inner.x + 1
        var cursor: CursorPlacement?
        for (offset, line) in lines.prefix(inner.height).enumerated() {
            let y = inner.y + offset
            func put(_ text: String, _ style: CellStyle, at column: Int, limit: Int) {
                grid.write(DisplayText(text).truncated(toWidth: limit, ellipsis: grid.glyphs.ellipsis), x: column, y: y, maxWidth: limit, style: style)
            }
            switch line {
            case .heading(let text): put(text, .bold, at: x, limit: width)
            case .text(let text): put(text, .plain, at: x, limit: width)
            case .dim(let text): put(text, .dim, at: x, limit: width)
            case .problem(let text): put(text, CellStyle(.bold, role: .error), at: x, limit: width)
            case .good(let text): put(text, CellStyle(.bold, role: .success), at: x, limit: width)
            case let .selectable(text, selected): put((selected ? "> " : "  ") + text, selected ? .reverse : .plain, at: x, limit: width)
            case let .field(label, draft, placeholder, focused):
                // Label, then the field between brackets; the field scrolls to keep the cursor in view.
                let labelWidth = 12
                guard width > labelWidth + 2 else { break }
                put(label, focused ? .bold : .dim, at: x, limit: labelWidth)
                put("[", .plain, at: x + labelWidth, limit: 1)
                let fieldRect = Rect(x: x + labelWidth + 1, y: y, width: min(width - labelWidth - 2, Self.fieldWidth), height: 1)
                let field = TextField(label: "", draft: draft, placeholder: DisplayText(placeholder), focused: focused)
                field.render(into: &grid, in: fieldRect)
                put("]", .plain, at: fieldRect.maxX, limit: 1)
                if focused { cursor = field.cursorPlacement(in: fieldRect) }
            }
        }
        return cursor
    }
}
