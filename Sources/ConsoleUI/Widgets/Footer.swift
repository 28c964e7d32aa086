public import ConsoleCore

/// One key hint of the footer: the key, what it does now, and how much it matters.
public struct KeyHint: Hashable, Sendable {
    public var key: DisplayText
    public var label: DisplayText
    public var rank: KeyBinding.FooterRank

    public init(key: DisplayText, label: DisplayText, rank: KeyBinding.FooterRank = .common) {
        self.key = key
        self.label = label
        self.rank = rank
    }

    /// Columns the hint takes, without the gap after it.
    var width: Int { key.width + 1 + label.width }
}

/// The bottom line of key hints ("i Issue key  Enter Open  / Filter  ? Help"), built from the
/// key registry so it always shows the keys that work on the current screen. When the line is
/// too narrow, the least important hints are left out first (the primary action and `? Help`
/// stay); hints are never cut in half, and those shown keep the registry's order.
public struct Footer: Widget {
    public var hints: [KeyHint]

    /// Columns between two hints.
    static let gap = 2

    public init(hints: [KeyHint]) {
        self.hints = hints
    }

    /// Hints for the bindings the registry says are active and shown (`registry.footer(in:)`).
    public init(bindings: [KeyBinding]) {
        self.hints = bindings.map { KeyHint(key: DisplayText($0.primaryKeyName), label: DisplayText($0.footerLabel), rank: $0.footer) }
    }

    /// The hints that fit in `width` columns, most important first, shown in their own order.
    public func fitting(width: Int) -> [KeyHint] {
        let byImportance = hints.indices.sorted { (hints[$0].rank, $0) < (hints[$1].rank, $1) }
        var chosen: Set<Int> = []
        var used = 0
        for index in byImportance {
            let needed = hints[index].width + (chosen.isEmpty ? 0 : Self.gap)
            guard used + needed <= width else { continue }
            chosen.insert(index)
            used += needed
        }
        return hints.indices.filter(chosen.contains).map { hints[$0] }
    }

    public func render(into grid: inout CellGrid, in rect: Rect) {
        guard !rect.isEmpty else { return }
        grid.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1))
        var x = rect.x
        for hint in fitting(width: rect.width) {
            grid.write(hint.key, x: x, y: rect.y, style: CellStyle([.bold, .reverse]))
            grid.write(hint.label, x: x + hint.key.width + 1, y: rect.y)
            x += hint.width + Self.gap
        }
    }
}
