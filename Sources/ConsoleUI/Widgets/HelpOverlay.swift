public import ConsoleCore

/// The `?` screen: every key that works here, grouped by context, generated from the key
/// registry (so it can never disagree with dispatch). In read-only mode it says that
/// actions changing data are hidden.
public struct HelpOverlay: Widget {
    public var registry: KeyRegistry
    /// The scopes of the screen under the overlay, most specific first.
    public var scopes: [KeyScope]
    /// First line shown (for scrolling long help).
    public var scrollOffset: Int

    public init(registry: KeyRegistry, scopes: [KeyScope], scrollOffset: Int = 0) {
        self.registry = registry
        self.scopes = scopes
        self.scrollOffset = scrollOffset
    }

    /// The help text lines (before scrolling and clipping).
    public func lines(keyColumnWidth: Int = 16) -> [(text: DisplayText, heading: Bool)] {
        var result: [(DisplayText, Bool)] = []
        let active = registry.active(in: scopes)
        for scope in scopes {
            let entries = active.filter { $0.scope == scope }
            guard !entries.isEmpty else { continue }
            if !result.isEmpty { result.append((.empty, false)) }
            result.append((DisplayText(scope.title), true))
            for binding in entries {
                var keys = binding.keys.map(\.displayName).joined(separator: ", ")
                if keys.isEmpty, let command = binding.commands.first { keys = ":" + command }
                let keyText = DisplayText(keys).fitted(toWidth: keyColumnWidth)
                var description = binding.description
                let commands = binding.commands.filter { !keys.contains(":" + $0) }
                if !commands.isEmpty { description += "  (:" + commands.joined(separator: ", :") + ")" }
                result.append((DisplayText("  ") + keyText + DisplayText(" ") + DisplayText(description), false))
            }
        }
        if registry.readOnly {
            result.append((.empty, false))
            result.append(("Read-only mode: actions that change data are hidden.", false))
        }
        return result
    }

    public func render(into grid: inout CellGrid, in rect: Rect) {
        let box = rect.centered(width: min(76, rect.width - 2), height: rect.height - 2)
        guard box.width >= 10, box.height >= 3 else { return }
        Pane(title: "Help", focused: true, detail: "Esc closes").render(into: &grid, in: box)
        let inner = box.inset(by: 1)
        let all = lines()
        let start = min(max(0, scrollOffset), max(0, all.count - inner.height))
        for (i, line) in all.dropFirst(start).prefix(inner.height).enumerated() {
            grid.write(line.text, x: inner.x + 1, y: inner.y + i, maxWidth: inner.width - 2, style: line.heading ? CellStyle([.bold, .underline]) : .plain)
        }
    }
}
