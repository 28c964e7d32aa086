public import ConsoleCore

/// Draws an open front-desk operation over the panes: the end-date field, the confirm dialog
/// (the existing `ConfirmDialog`, Cancel focused first), or a "working" box while the API answers.
public struct OperationDialogView {
    public let flow: OperationFlow

    public init(flow: OperationFlow) {
        self.flow = flow
    }

    /// Draws into `rect` (the list area); returns where the hardware cursor belongs.
    @discardableResult
    public func render(into grid: inout CellGrid, in rect: Rect) -> CursorPlacement? {
        switch flow {
        case .preparing(let message):
            renderNotice(title: "Please wait", message: message, into: &grid, in: rect)
            return nil
        case .running(let operation):
            renderNotice(title: operation.title, message: "Sending to the API: \(operation.confirmLabel.lowercased())…", into: &grid, in: rect)
            return nil
        case let .confirming(operation, focus):
            var state = ConfirmDialogState()
            if focus == .confirm { _ = state.handle(.tab) }
            let dialog = ConfirmDialog(title: DisplayText(operation.title), message: DisplayText(operation.summary),
                                       confirmLabel: DisplayText(operation.confirmLabel), state: state)
            dialog.render(into: &grid, in: rect)
            return dialog.cursorPlacement(in: rect)
        case .editingEnd(let entry):
            return renderEndField(entry, into: &grid, in: rect)
        case let .choosingMethod(grant, methods, cursor):
            renderMethodChoice(grant, methods: methods, cursor: cursor, into: &grid, in: rect)
            return nil
        }
    }

    private func renderNotice(title: String, message: String, into grid: inout CellGrid, in rect: Rect) {
        let width = min(60, rect.width - 4)
        let lines = DisplayText(message).wrapped(toWidth: max(1, width - 4))
        let box = rect.centered(width: width, height: lines.count + 4)
        guard box.width >= 10, box.height >= 3 else { return }
        Pane(title: DisplayText(title), focused: true).render(into: &grid, in: box)
        for (i, line) in lines.enumerated() where box.y + 2 + i < box.maxY - 1 {
            grid.write(line, x: box.x + 2, y: box.y + 2 + i, maxWidth: box.width - 4)
        }
    }

    /// The access methods of a grant, one to choose for removal.
    private func renderMethodChoice(_ grant: GrantTarget, methods: [MethodTarget], cursor: Int, into grid: inout CellGrid, in rect: Rect) {
        let width = min(64, rect.width - 4)
        let box = rect.centered(width: width, height: min(methods.count + 4, rect.height))
        guard box.width >= 20, box.height >= 4 else { return }
        Pane(title: "Remove which access method?", focused: true).render(into: &grid, in: box)
        let x = box.x + 2
        let inner = box.width - 4
        grid.write(DisplayText("Access Grant of \(grant.name)"), x: x, y: box.y + 1, maxWidth: inner, style: .bold)
        for (index, method) in methods.enumerated() where box.y + 2 + index < box.maxY - 1 {
            let selected = index == cursor
            grid.write(DisplayText((selected ? "> " : "  ") + method.method + (method.isIssued ? ", issued" : ", not issued yet")),
                       x: x, y: box.y + 2 + index, maxWidth: inner, style: selected ? .reverse : .plain)
        }
    }

    private func renderEndField(_ entry: EndDateEntry, into grid: inout CellGrid, in rect: Rect) -> CursorPlacement? {
        let width = min(60, rect.width - 4)
        let box = rect.centered(width: width, height: 10)
        guard box.width >= 20, box.height >= 8 else { return nil }
        Pane(title: DisplayText(entry.subject.isGrant ? "Change the grant's end" : "Change credential end"), focused: true).render(into: &grid, in: box)
        let x = box.x + 2
        let inner = box.width - 4
        grid.write(DisplayText(entry.subject.heading), x: x, y: box.y + 1, maxWidth: inner, style: .bold)
        let now = entry.subject.endsAt.map { entry.time.format($0) } ?? "no end"
        grid.write(DisplayText("Ends now: \(now)"), x: x, y: box.y + 2, maxWidth: inner)
        let label = DisplayText("New end (\(entry.time.label)):")
        grid.write(label, x: x, y: box.y + 4, maxWidth: inner)
        let fieldY = box.y + 5
        let fieldWidth = min(inner, 24)
        let fieldRect = Rect(x: x, y: fieldY, width: fieldWidth, height: 1)
        let field = TextField(label: "", draft: entry.draft)
        field.render(into: &grid, in: fieldRect)
        grid.write("YYYY-MM-DD HH:MM", x: x + fieldWidth + 1, y: fieldY, maxWidth: max(0, inner - fieldWidth - 1), style: .dim)
        if let error = entry.error {
            for (i, line) in DisplayText("Error: " + error).wrapped(toWidth: inner).prefix(2).enumerated() {
                grid.write(line, x: x, y: box.y + 6 + i, maxWidth: inner, style: CellStyle(.bold, role: .error))
            }
        }
        return field.cursorPlacement(in: fieldRect)
    }
}
