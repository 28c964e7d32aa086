public import ConsoleCore

/// What the `:` command bar produced.
public enum CommandBarOutcome: Hashable, Sendable {
    /// Enter on a known command: perform its binding's action.
    case run(KeyBinding)
    /// Esc, or Backspace on an empty bar.
    case cancelled
}

/// The `:` command line: text editing plus resolution against the key registry's command
/// names (exact, or a prefix that names one action). Unknown, ambiguous or read-only commands
/// leave the bar open with an error message.
public struct CommandBarState: Hashable, Sendable {
    public private(set) var field = TextFieldState()
    /// The error of the last Enter, cleared by the next edit.
    public private(set) var error: String?

    public init(text: String = "") {
        field = TextFieldState(text: text)
    }

    public var text: String { field.text }

    public mutating func handle(_ event: InputEvent, registry: KeyRegistry, scopes: [KeyScope]) -> CommandBarOutcome? {
        switch event {
        case .key(.escape):
            return .cancelled
        case .key(.backspace) where field.isEmpty:
            return .cancelled
        case .key(.enter):
            switch registry.resolveCommand(field.text, in: scopes) {
            case .matched(let binding):
                return .run(binding)
            case .empty:
                return .cancelled
            case .unknown(let word):
                error = "unknown command: \(word)"
            case .ambiguous(let word, let candidates):
                error = "\(word) could be " + candidates.compactMap(\.commands.first).joined(separator: ", ")
            case .refusedReadOnly(let word):
                error = "\(word) is not available in read-only mode"
            }
            return nil
        case .key(.tab):
            if case .matched(let binding) = registry.resolveCommand(field.text, in: scopes),
               let name = binding.commands.first(where: { $0.lowercased().hasPrefix(field.text.lowercased()) }) ?? binding.commands.first {
                field.setText(name)
            }
            return nil
        default:
            if field.handle(event) { error = nil }
            return nil
        }
    }

    /// Command names that start with what is typed, for the hint shown beside the input.
    public func suggestions(registry: KeyRegistry, scopes: [KeyScope]) -> [String] {
        let typed = field.text.lowercased()
        var names: [String] = []
        for entry in registry.commands(in: scopes) where entry.name.lowercased().hasPrefix(typed) {
            if !names.contains(entry.name) { names.append(entry.name) }
        }
        return names
    }
}

/// Draws the command bar on one row: `:text` with the cursor, then either the error or the
/// matching command names.
public struct CommandBar: Widget {
    public var state: CommandBarState
    public var registry: KeyRegistry
    public var scopes: [KeyScope]

    public init(state: CommandBarState, registry: KeyRegistry, scopes: [KeyScope]) {
        self.state = state
        self.registry = registry
        self.scopes = scopes
    }

    private func inputWidth(in rect: Rect) -> Int {
        min(rect.width, max(20, rect.width / 3))
    }

    public func render(into grid: inout CellGrid, in rect: Rect) {
        guard !rect.isEmpty else { return }
        grid.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1))
        let width = inputWidth(in: rect)
        grid.write(":", x: rect.x, y: rect.y, style: .bold)
        TextField(label: "", state: state.field, focused: true).render(into: &grid, in: Rect(x: rect.x + 1, y: rect.y, width: width - 1, height: 1))
        let x = rect.x + width + 1
        guard x < rect.maxX else { return }
        if let error = state.error {
            FlashLine(message: FlashMessage(.error, DisplayText(error))).render(into: &grid, in: Rect(x: x, y: rect.y, width: rect.maxX - x, height: 1))
        } else {
            let hint = state.suggestions(registry: registry, scopes: scopes).joined(separator: "  ")
            grid.write(DisplayText(hint), x: x, y: rect.y, maxWidth: rect.maxX - x, style: .dim)
        }
    }

    public func cursorPlacement(in rect: Rect) -> CursorPlacement? {
        TextField(label: "", state: state.field, focused: true).cursorPlacement(in: Rect(x: rect.x + 1, y: rect.y, width: inputWidth(in: rect) - 1, height: 1))
    }
}
