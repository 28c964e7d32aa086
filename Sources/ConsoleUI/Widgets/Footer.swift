public import ConsoleCore

/// One key hint of the footer: the key and what it does now.
public struct KeyHint: Hashable, Sendable {
    public var key: DisplayText
    public var label: DisplayText
    public init(key: DisplayText, label: DisplayText) {
        self.key = key
        self.label = label
    }
}

/// The bottom line of key hints ("j/k Move  Enter Open  / Filter  ? Help  q Quit"), built
/// from the key registry so it always shows the keys that work in the current context.
/// Hints that do not fit are left out whole, never cut in half.
public struct Footer: Widget {
    public var hints: [KeyHint]

    public init(hints: [KeyHint]) {
        self.hints = hints
    }

    /// Hints for the bindings the registry says are active and visible (`registry.footer(in:)`).
    public init(bindings: [KeyBinding]) {
        self.hints = bindings.map { KeyHint(key: DisplayText($0.primaryKeyName), label: DisplayText($0.footerLabel)) }
    }

    public func render(into grid: inout CellGrid, in rect: Rect) {
        guard !rect.isEmpty else { return }
        grid.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1))
        var x = rect.x
        for hint in hints {
            let needed = hint.key.width + 1 + hint.label.width
            if x + needed > rect.maxX { break }
            grid.write(hint.key, x: x, y: rect.y, style: CellStyle([.bold, .reverse]))
            grid.write(hint.label, x: x + hint.key.width + 1, y: rect.y)
            x += needed + 2
        }
    }
}
