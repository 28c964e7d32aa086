public import ConsoleCore

/// What a confirm dialog ended with.
public enum ConfirmOutcome: Hashable, Sendable {
    case confirmed, cancelled
}

/// Focus and key handling of a confirm dialog. Focus starts on Cancel, so an absent-minded
/// Enter never performs the action.
public struct ConfirmDialogState: Hashable, Sendable {
    /// Which button has focus.
    public enum Focus: Hashable, Sendable { case cancel, confirm }
    public private(set) var focus: Focus = .cancel

    public init() {}

    /// Tab/Shift-Tab/Left/Right/h/l move focus; Enter chooses the focused button; Esc cancels.
    public mutating func handle(_ key: Key) -> ConfirmOutcome? {
        switch key {
        case .tab, .backTab, .left, .right, .character("h"), .character("l"):
            focus = focus == .cancel ? .confirm : .cancel
            return nil
        case .enter:
            return focus == .confirm ? .confirmed : .cancelled
        case .escape:
            return .cancelled
        default:
            return nil
        }
    }
}

/// A modal box asking to confirm a mutation. The focused button is drawn `[> Label <]` in
/// reverse video, the other `[  Label  ]`.
public struct ConfirmDialog: Widget {
    public var title: DisplayText
    public var message: DisplayText
    public var confirmLabel: DisplayText
    public var cancelLabel: DisplayText
    public var state: ConfirmDialogState

    public init(title: DisplayText, message: DisplayText, confirmLabel: DisplayText, cancelLabel: DisplayText = "Cancel", state: ConfirmDialogState = ConfirmDialogState()) {
        self.title = title
        self.message = message
        self.confirmLabel = confirmLabel
        self.cancelLabel = cancelLabel
        self.state = state
    }

    /// The dialog box for a screen area: up to 60 columns wide, as tall as the message needs.
    public func boxRect(in rect: Rect) -> Rect {
        let width = min(60, rect.width - 4)
        let lines = message.wrapped(toWidth: max(1, width - 4))
        return rect.centered(width: width, height: lines.count + 6)
    }

    public func render(into grid: inout CellGrid, in rect: Rect) {
        let box = boxRect(in: rect)
        guard box.width >= 10, box.height >= 5 else { return }
        Pane(title: title, focused: true).render(into: &grid, in: box)
        let inner = box.inset(by: 1)
        let lines = message.wrapped(toWidth: max(1, inner.width - 2))
        for (i, line) in lines.enumerated() where inner.y + 1 + i < inner.maxY - 2 {
            grid.write(line, x: inner.x + 1, y: inner.y + 1 + i, maxWidth: inner.width - 2)
        }
        let cancel = button(cancelLabel, focused: state.focus == .cancel)
        let confirm = button(confirmLabel, focused: state.focus == .confirm)
        let total = cancel.width + 2 + confirm.width
        let y = inner.maxY - 2
        let x = inner.x + max(0, (inner.width - total) / 2)
        grid.write(cancel, x: x, y: y, maxWidth: inner.maxX - x, style: state.focus == .cancel ? CellStyle([.reverse, .bold]) : .plain)
        let cx = x + cancel.width + 2
        grid.write(confirm, x: cx, y: y, maxWidth: max(0, inner.maxX - cx), style: state.focus == .confirm ? CellStyle([.reverse, .bold]) : .plain)
    }

    /// The hardware cursor sits on the focused button.
    public func cursorPlacement(in rect: Rect) -> CursorPlacement {
        let box = boxRect(in: rect)
        let inner = box.inset(by: 1)
        let cancel = button(cancelLabel, focused: state.focus == .cancel)
        let confirm = button(confirmLabel, focused: state.focus == .confirm)
        let x = inner.x + max(0, (inner.width - (cancel.width + 2 + confirm.width)) / 2)
        return CursorPlacement(column: state.focus == .cancel ? x : x + cancel.width + 2, row: inner.maxY - 2, visible: false)
    }

    private func button(_ label: DisplayText, focused: Bool) -> DisplayText {
        focused ? DisplayText("[> ") + label + DisplayText(" <]") : DisplayText("[  ") + label + DisplayText("  ]")
    }
}
