public import ConsoleCore

/// Which rows of a table are on screen and which one is selected. A plain value the screen
/// state owns; moving the selection changes only this, never the rows.
public struct TableViewport: Hashable, Sendable {
    /// Index of the selected row, nil when the table is empty.
    public private(set) var selectedIndex: Int?
    /// Index of the first row on screen.
    public private(set) var topIndex: Int
    public private(set) var rowCount: Int
    public private(set) var visibleRows: Int

    public init(rowCount: Int = 0, visibleRows: Int = 1, selectedIndex: Int = 0) {
        self.rowCount = max(0, rowCount)
        self.visibleRows = max(1, visibleRows)
        self.topIndex = 0
        self.selectedIndex = rowCount > 0 ? min(max(0, selectedIndex), rowCount - 1) : nil
        scrollToSelection()
    }

    /// A viewport whose scroll position is owned elsewhere (a view-model that keeps it across
    /// frames); the top is still adjusted so the selection is on screen.
    public init(rowCount: Int, visibleRows: Int, selectedIndex: Int, topIndex: Int) {
        self.init(rowCount: rowCount, visibleRows: visibleRows, selectedIndex: selectedIndex)
        self.topIndex = min(max(0, topIndex), max(0, self.rowCount - self.visibleRows))
        scrollToSelection()
    }

    /// Rows on screen.
    public var visibleRange: Range<Int> {
        topIndex..<min(rowCount, topIndex + visibleRows)
    }

    /// New data or a new layout: clamps the selection and keeps it on screen.
    public mutating func update(rowCount: Int, visibleRows: Int) {
        self.rowCount = max(0, rowCount)
        self.visibleRows = max(1, visibleRows)
        if self.rowCount == 0 {
            selectedIndex = nil
            topIndex = 0
            return
        }
        selectedIndex = min(max(0, selectedIndex ?? 0), self.rowCount - 1)
        topIndex = min(topIndex, max(0, self.rowCount - self.visibleRows))
        scrollToSelection()
    }

    /// Selects a row (clamped) and scrolls the least needed to show it.
    public mutating func select(_ index: Int) {
        guard rowCount > 0 else { return }
        selectedIndex = min(max(0, index), rowCount - 1)
        scrollToSelection()
    }

    /// Moves the selection by `delta` rows (clamped).
    public mutating func moveSelection(by delta: Int) {
        select((selectedIndex ?? 0) + delta)
    }

    /// Handles the navigation keys: Up/Down, `k`/`j`, PgUp/PgDn, Ctrl-B/Ctrl-F, Home/End,
    /// `g`/`G`. Returns true when the key was a navigation key.
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .up, .character("k"): moveSelection(by: -1)
        case .down, .character("j"): moveSelection(by: 1)
        case .pageUp, .control("b"): moveSelection(by: -visibleRows)
        case .pageDown, .control("f"): moveSelection(by: visibleRows)
        case .home, .character("g"): select(0)
        case .end, .character("G"): select(rowCount - 1)
        default: return false
        }
        return true
    }

    /// "12/100000" (1-based), or "0/0" when empty.
    public var positionText: String {
        guard let selectedIndex else { return "0/0" }
        return "\(selectedIndex + 1)/\(rowCount)"
    }

    private mutating func scrollToSelection() {
        guard let selectedIndex else { return }
        if selectedIndex < topIndex {
            topIndex = selectedIndex
        } else if selectedIndex >= topIndex + visibleRows {
            topIndex = selectedIndex - visibleRows + 1
        }
    }
}
