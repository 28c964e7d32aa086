public import ConsoleCore

/// The `?` screen: every key that works on the screen under it, grouped by context with the
/// context's name in words ("Users pane", "Lists", "Anywhere"), the screen's own keys first,
/// generated from the key registry (so it can never disagree with dispatch). It uses the
/// screen's width up to a comfortable maximum, wraps long descriptions under themselves, and
/// scrolls. In read-only mode it says that actions changing data are hidden.
public struct HelpOverlay: Widget {
    public var registry: KeyRegistry
    /// The scopes of the screen under the overlay, most specific first.
    public var scopes: [KeyScope]
    /// First line shown (for scrolling long help).
    public var scrollOffset: Int

    /// The widest the overlay gets, for lines that stay easy to read.
    public static let maximumWidth = 100
    /// Columns of the key column.
    static let keyColumnWidth = 16

    public init(registry: KeyRegistry, scopes: [KeyScope], scrollOffset: Int = 0) {
        self.registry = registry
        self.scopes = scopes
        self.scrollOffset = scrollOffset
    }

    /// The help as lines of at most `width` columns (before scrolling and clipping).
    public func lines(width: Int) -> [(text: DisplayText, heading: Bool)] {
        var result: [(DisplayText, Bool)] = []
        let descriptionWidth = max(width - Self.keyColumnWidth - 3, 10)
        let active = registry.active(in: scopes)
        for scope in scopes {
            let entries = active.filter { $0.scope == scope }
            guard !entries.isEmpty else { continue }
            if !result.isEmpty { result.append((.empty, false)) }
            result.append((DisplayText(scope.title), true))
            for binding in entries {
                var keys = binding.keys.map(\.displayName).joined(separator: ", ")
                if keys.isEmpty, let command = binding.commands.first { keys = ":" + command }
                var description = binding.description
                let commands = binding.commands.filter { !keys.contains(":" + $0) }
                if !commands.isEmpty { description += "  (:" + commands.joined(separator: ", :") + ")" }
                let keyText = DisplayText(keys).fitted(toWidth: Self.keyColumnWidth)
                for (index, piece) in DisplayText(description).wrapped(toWidth: descriptionWidth).enumerated() {
                    let left = index == 0 ? keyText : DisplayText(String(repeating: " ", count: Self.keyColumnWidth))
                    result.append((DisplayText("  ") + left + DisplayText(" ") + piece, false))
                }
            }
        }
        if registry.readOnly {
            result.append((.empty, false))
            for piece in DisplayText("Read-only mode: actions that change data are hidden.").wrapped(toWidth: width) {
                result.append((piece, false))
            }
        }
        return result
    }

    public func render(into grid: inout CellGrid, in rect: Rect) {
        let box = rect.centered(width: min(Self.maximumWidth, rect.width), height: rect.height)
        guard box.width >= 10, box.height >= 3 else { return }
        let inner = box.inset(by: 1)
        let all = lines(width: inner.width - 2)
        let start = min(max(0, scrollOffset), max(0, all.count - inner.height))
        let more = all.count > inner.height ? (start + inner.height < all.count ? "↓ more: j, Space · Esc closes" : "Esc closes") : "Esc closes"
        Pane(title: "Help", focused: true, detail: DisplayText(more)).render(into: &grid, in: box)
        for (i, line) in all.dropFirst(start).prefix(inner.height).enumerated() {
            grid.write(line.text, x: inner.x + 1, y: inner.y + i, maxWidth: inner.width - 2, style: line.heading ? CellStyle([.bold, .underline]) : .plain)
        }
    }
}
