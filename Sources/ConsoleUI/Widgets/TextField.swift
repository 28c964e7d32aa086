/// A labelled one-line input ("Name: Zoë▏"). Scrolls horizontally to keep the cursor visible
/// and reports where the hardware cursor goes when it has focus.
public struct TextField: Widget {
    public var label: DisplayText
    public var state: TextFieldState
    public var placeholder: DisplayText
    public var focused: Bool

    public init(label: DisplayText, state: TextFieldState, placeholder: DisplayText = "", focused: Bool = true) {
        self.label = label
        self.state = state
        self.placeholder = placeholder
        self.focused = focused
    }

    public func render(into grid: inout CellGrid, in rect: Rect) {
        guard !rect.isEmpty else { return }
        grid.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1))
        let field = fieldRect(in: rect)
        if !label.isEmpty {
            grid.write(label, x: rect.x, y: rect.y, maxWidth: rect.width, style: focused ? .bold : .plain)
        }
        guard field.width > 0 else { return }
        grid.fill(field, style: .underline)
        if state.isEmpty {
            grid.write(placeholder, x: field.x, y: field.y, maxWidth: field.width, style: CellStyle([.dim, .underline]))
            return
        }
        let (start, _) = window(fieldWidth: field.width)
        var x = field.x
        for c in state.characters[start...] {
            let shown = DisplayText(String(c))
            if x + shown.width > field.maxX { break }
            grid.write(shown, x: x, y: field.y, maxWidth: field.maxX - x, style: .underline)
            x += shown.width
        }
    }

    /// The hardware cursor: visible at the insertion point when focused.
    public func cursorPlacement(in rect: Rect) -> CursorPlacement? {
        guard focused else { return nil }
        let field = fieldRect(in: rect)
        guard field.width > 0 else { return nil }
        let (_, offset) = window(fieldWidth: field.width)
        return CursorPlacement(column: field.x + offset, row: field.y, visible: true)
    }

    private func fieldRect(in rect: Rect) -> Rect {
        let labelWidth = label.isEmpty ? 0 : label.width + 1
        return Rect(x: rect.x + labelWidth, y: rect.y, width: rect.width - labelWidth, height: 1)
    }

    /// First character shown and the cursor's column offset inside the field, so that the
    /// cursor (plus one column for it) fits.
    private func window(fieldWidth: Int) -> (start: Int, cursorOffset: Int) {
        let widths = state.characters.map { DisplayText(String($0)).width }
        var start = 0
        var offset = widths[0..<state.cursor].reduce(0, +)
        while offset > fieldWidth - 1 && start < state.cursor {
            offset -= widths[start]
            start += 1
        }
        return (start, offset)
    }
}
