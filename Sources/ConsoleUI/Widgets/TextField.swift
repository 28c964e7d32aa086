public import ConsoleCore

/// A labelled one-line input ("Email  zoë@exa"). Scrolls horizontally to keep the cursor
/// visible, shows a dim placeholder when empty, and reports where the hardware cursor goes
/// when it has focus, so the person typing sees where Left/Right and Backspace act.
public struct TextField: Widget {
    public var label: DisplayText
    /// Columns given to the label (nil: its own width plus one).
    public var labelWidth: Int?
    public var draft: TextDraft
    public var placeholder: DisplayText
    public var focused: Bool

    public init(label: DisplayText, labelWidth: Int? = nil, draft: TextDraft, placeholder: DisplayText = "", focused: Bool = true) {
        self.label = label
        self.labelWidth = labelWidth
        self.draft = draft
        self.placeholder = placeholder
        self.focused = focused
    }

    public func render(into grid: inout CellGrid, in rect: Rect) {
        guard !rect.isEmpty else { return }
        grid.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1))
        let field = fieldRect(in: rect)
        if !label.isEmpty {
            grid.write(label, x: rect.x, y: rect.y, maxWidth: min(rect.width, field.x - rect.x), style: focused ? .bold : .dim)
        }
        guard field.width > 0 else { return }
        grid.fill(field, style: focused ? .underline : .plain)
        if draft.isEmpty {
            grid.write(placeholder, x: field.x, y: field.y, maxWidth: field.width, style: focused ? CellStyle([.dim, .underline]) : .dim)
            return
        }
        let (start, _) = window(fieldWidth: field.width)
        var x = field.x
        for character in draft.characters[start...] {
            let shown = DisplayText(String(character))
            if x + shown.width > field.maxX { break }
            grid.write(shown, x: x, y: field.y, maxWidth: field.maxX - x, style: focused ? .underline : .plain)
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
        let labelColumns = labelWidth ?? (label.isEmpty ? 0 : label.width + 1)
        return Rect(x: rect.x + labelColumns, y: rect.y, width: max(rect.width - labelColumns, 0), height: 1)
    }

    /// First character shown and the cursor's column offset inside the field, so that the
    /// cursor (plus one column for it) fits.
    private func window(fieldWidth: Int) -> (start: Int, cursorOffset: Int) {
        let widths = draft.characters.map { DisplayText(String($0)).width }
        var start = 0
        var offset = widths[0..<draft.cursor].reduce(0, +)
        while offset > fieldWidth - 1 && start < draft.cursor {
            offset -= widths[start]
            start += 1
        }
        return (start, offset)
    }
}
