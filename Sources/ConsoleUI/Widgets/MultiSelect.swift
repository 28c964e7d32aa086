import Foundation
public import ConsoleCore

/// One choice of a multi-select list: a stable id (e.g. an entrance id) and its label.
public struct MultiSelectItem: Hashable, Sendable {
    public var id: String
    public var label: DisplayText
    public init(id: String, label: DisplayText) {
        self.id = id
        self.label = label
    }
}

/// A list of choices with checkboxes, a type-to-filter line and select-all: the entrance
/// picker of the mobile-key wizard. Typing filters (case- and accent-insensitive), Up/Down
/// move, Space toggles the highlighted item, Ctrl-A selects every shown item (or clears them
/// when all are already selected), Backspace edits the filter.
public struct MultiSelectState: Hashable, Sendable {
    public private(set) var items: [MultiSelectItem]
    public private(set) var selected: Set<String>
    public private(set) var filter: TextFieldState
    /// Position of the highlight in `visibleIndices`.
    public private(set) var highlighted: Int
    /// Cached indices of items that match the filter.
    public private(set) var visibleIndices: [Int]

    public init(items: [MultiSelectItem], selected: Set<String> = []) {
        self.items = items
        self.selected = selected
        self.filter = TextFieldState()
        self.highlighted = 0
        self.visibleIndices = Array(items.indices)
    }

    /// Ids of the selected items, in list order.
    public var selectedIDs: [String] { items.filter { selected.contains($0.id) }.map(\.id) }

    /// The highlighted item, if any item is shown.
    public var highlightedItem: MultiSelectItem? {
        visibleIndices.indices.contains(highlighted) ? items[visibleIndices[highlighted]] : nil
    }

    /// Handles a key or paste; returns false when the event is not for the list (e.g. Enter, Esc).
    @discardableResult
    public mutating func handle(_ event: InputEvent) -> Bool {
        switch event {
        case .paste(let text):
            filter.insert(text)
            refilter()
            return true
        case .key(let key):
            return handle(key)
        default:
            return false
        }
    }

    @discardableResult
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .up: highlighted = max(0, highlighted - 1)
        case .down: highlighted = min(max(0, visibleIndices.count - 1), highlighted + 1)
        case .pageUp: highlighted = max(0, highlighted - 10)
        case .pageDown: highlighted = min(max(0, visibleIndices.count - 1), highlighted + 10)
        case .character(" "): toggleHighlighted()
        case .control("a"): toggleAllVisible()
        case .character, .backspace, .delete, .left, .right, .home, .end, .control("u"), .control("w"):
            guard filter.handle(key) else { return false }
            refilter()
        default:
            return false
        }
        return true
    }

    public mutating func toggleHighlighted() {
        guard let item = highlightedItem else { return }
        if selected.contains(item.id) { selected.remove(item.id) } else { selected.insert(item.id) }
    }

    /// Selects every visible item, or deselects them all when all are selected already.
    public mutating func toggleAllVisible() {
        let ids = visibleIndices.map { items[$0].id }
        if ids.allSatisfy({ selected.contains($0) }) {
            selected.subtract(ids)
        } else {
            selected.formUnion(ids)
        }
    }

    /// Replaces the filter text.
    public mutating func setFilter(_ text: String) {
        filter.setText(text)
        refilter()
    }

    private mutating func refilter() {
        let needle = filter.text
        if needle.isEmpty {
            visibleIndices = Array(items.indices)
        } else {
            visibleIndices = items.indices.filter {
                items[$0].label.text.range(of: needle, options: [.caseInsensitive, .diacriticInsensitive]) != nil
            }
        }
        highlighted = min(highlighted, max(0, visibleIndices.count - 1))
    }
}

/// Draws a `MultiSelectState`: the filter line with a count, then `[x] label` rows with the
/// highlighted row marked and in reverse video.
public struct MultiSelectList: Widget {
    public var state: MultiSelectState
    public var focused: Bool

    public init(state: MultiSelectState, focused: Bool = true) {
        self.state = state
        self.focused = focused
    }

    public func render(into grid: inout CellGrid, in rect: Rect) {
        guard !rect.isEmpty else { return }
        grid.fill(rect)
        let count = DisplayText("\(state.selected.count) of \(state.items.count) selected")
        let countX = rect.maxX - count.width
        TextField(label: "Filter:", state: state.filter, placeholder: "type to filter", focused: false)
            .render(into: &grid, in: Rect(x: rect.x, y: rect.y, width: max(0, countX - rect.x - 2), height: 1))
        if countX > rect.x + 10 { grid.write(count, x: countX, y: rect.y, style: .dim) }
        let list = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1)
        guard !list.isEmpty else { return }
        if state.visibleIndices.isEmpty {
            grid.write("No match", x: list.x + 2, y: list.y, maxWidth: list.width - 2, style: .dim)
            return
        }
        let top = topIndex(rows: list.height)
        for offset in 0..<min(list.height, state.visibleIndices.count - top) {
            let position = top + offset
            let item = state.items[state.visibleIndices[position]]
            let y = list.y + offset
            let isHighlighted = position == state.highlighted
            let style: CellStyle = isHighlighted && focused ? .reverse : .plain
            if isHighlighted && focused { grid.fill(Rect(x: list.x, y: y, width: list.width, height: 1), style: style) }
            if isHighlighted { grid.write(DisplayText(String(grid.glyphs.selectionMarker)), x: list.x, y: y, maxWidth: 1, style: style.adding(.bold)) }
            let box: DisplayText = state.selected.contains(item.id) ? "[x] " : "[ ] "
            grid.write(box + item.label, x: list.x + 2, y: y, maxWidth: list.width - 2, style: style)
        }
    }

    /// Hidden cursor on the highlighted row.
    public func cursorPlacement(in rect: Rect) -> CursorPlacement? {
        guard rect.height > 1, !state.visibleIndices.isEmpty else { return nil }
        let top = topIndex(rows: rect.height - 1)
        return CursorPlacement(column: rect.x, row: rect.y + 1 + state.highlighted - top, visible: false)
    }

    private func topIndex(rows: Int) -> Int {
        max(0, state.highlighted - rows + 1)
    }
}
