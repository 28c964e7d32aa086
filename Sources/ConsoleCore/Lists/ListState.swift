/// The state of one list pane: the rows loaded so far, the local filter and sort, the selection
/// (kept by id across refreshes) and the paging cursor.
///
/// Everything here is plain value logic so reducers stay pure and testable. The cost of each
/// operation is bounded by the rows it touches: moving the selection is O(1), a new page is
/// O(page) when no sort is active, and only a filter or sort change walks every loaded row.
public struct ListState<Row: ListRow>: Sendable, Equatable {
    /// Rows in the order the API returned them.
    public private(set) var rows: [Row] = []
    /// Indices into `rows` that pass the filter, in display order.
    public private(set) var visible: [Int] = []
    /// The local filter text (already applied to `visible`).
    public private(set) var filter: String = ""
    /// The active sort, or `nil` for API order.
    public private(set) var sort: ListSort?
    /// The id of the selected row; survives refreshes and re-sorting.
    public private(set) var selectedID: String?
    /// The selected position in `visible`.
    public private(set) var cursor: Int = 0
    /// The first visible position drawn at the top of the viewport.
    public private(set) var scrollTop: Int = 0

    /// The cursor the API gave for the next page, if there is one.
    public private(set) var nextPageCursor: String?
    /// Whether the API said more rows exist.
    public private(set) var hasMore: Bool = false
    /// Whether at least one page has arrived since the last reset.
    public private(set) var hasLoaded: Bool = false
    /// What is in flight.
    public var phase: LoadPhase = .idle
    /// Bumped whenever the query changes; results carrying another generation are stale.
    public private(set) var generation: Int = 0

    private var indexByID: [String: Int] = [:]

    public init() {}

    // MARK: - Reading

    /// The number of rows that pass the filter.
    public var count: Int { visible.count }

    /// The row at a display position.
    public func row(at position: Int) -> Row? {
        guard visible.indices.contains(position) else { return nil }
        return rows[visible[position]]
    }

    /// A loaded row by id (shown or filtered out).
    public func row(id: String) -> Row? {
        indexByID[id].map { rows[$0] }
    }

    /// The selected row, if any row is shown.
    public var selectedRow: Row? { row(at: cursor) }

    /// A short count for pane titles: "1,204", or "1,204+" while more pages exist.
    public var countLabel: String {
        let formatted = CountFormat.grouped(visible.count)
        return hasMore ? "\(formatted)+" : formatted
    }

    // MARK: - Query changes

    /// Starts a new query (new scope, new server-side filter, or a refresh). Rows stay on screen
    /// until the answer arrives; answers for earlier generations will be dropped.
    /// - Returns: the generation the new request must carry.
    @discardableResult
    public mutating func beginQuery() -> Int {
        generation += 1
        phase = .loading
        return generation
    }

    /// Forgets every row (the scope changed, so old rows would be wrong, not just old).
    public mutating func clear() {
        rows = []
        visible = []
        indexByID = [:]
        nextPageCursor = nil
        hasMore = false
        hasLoaded = false
        cursor = 0
        scrollTop = 0
    }

    /// Marks a further page as requested, if one exists and nothing else is in flight.
    /// - Returns: the generation and cursor to request, or `nil` when there is nothing to load.
    public mutating func beginNextPage() -> (generation: Int, cursor: String)? {
        guard hasMore, let next = nextPageCursor, !phase.isBusy else { return nil }
        phase = .loadingMore
        return (generation, next)
    }

    // MARK: - Results

    /// Replaces the rows with the first page of a query, keeping the selection by id.
    /// Ignored (returns false) when `generation` is not the current one.
    @discardableResult
    public mutating func receiveFirstPage(_ page: [Row], nextCursor: String?, generation: Int) -> Bool {
        guard generation == self.generation else { return false }
        rows = page
        indexByID = Dictionary(page.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        finishPage(nextCursor: nextCursor)
        rebuildVisible()
        return true
    }

    /// Appends a further page. Rows already present (same id) are updated in place.
    @discardableResult
    public mutating func receiveNextPage(_ page: [Row], nextCursor: String?, generation: Int) -> Bool {
        guard generation == self.generation else { return false }
        var appended: [Int] = []
        for row in page {
            if let existing = indexByID[row.id] {
                rows[existing] = row
            } else {
                indexByID[row.id] = rows.count
                appended.append(rows.count)
                rows.append(row)
            }
        }
        finishPage(nextCursor: nextCursor)
        if sort == nil {
            let needle = filter.lowercased()
            visible.append(contentsOf: appended.filter { needle.isEmpty || rows[$0].searchText.contains(needle) })
            restoreCursor()
        } else {
            rebuildVisible()
        }
        return true
    }

    /// Records a failed request; the rows on screen stay.
    public mutating func receiveFailure(_ message: String, generation: Int) {
        guard generation == self.generation else { return }
        phase = .failed(message)
    }

    /// Replaces one row (after a detail fetch or a mutation) without touching the others.
    public mutating func update(_ row: Row) {
        guard let index = indexByID[row.id] else { return }
        rows[index] = row
    }

    /// Replaces every row `transform` returns a new row for (nil keeps the row), then filters
    /// and sorts once if a filter or sort could see the change: for a change that touches many
    /// rows, such as holder names arriving. Ids must not change.
    public mutating func updateRows(_ transform: (Row) -> Row?) {
        var changed = false
        for index in rows.indices {
            if let row = transform(rows[index]) {
                rows[index] = row
                changed = true
            }
        }
        if changed && (sort != nil || !filter.isEmpty) { rebuildVisible() }
    }

    /// Shows a row that changed elsewhere: replaces it when loaded, else adds it at the end
    /// (a user created by a colleague appears without a refresh). The selection stays.
    public mutating func upsert(_ row: Row) {
        if let index = indexByID[row.id] {
            rows[index] = row
            if sort != nil || !filter.isEmpty { rebuildVisible() }
            return
        }
        indexByID[row.id] = rows.count
        rows.append(row)
        if sort == nil {
            if filter.isEmpty || row.searchText.contains(filter.lowercased()) { visible.append(rows.count - 1) }
            restoreCursor()
        } else {
            rebuildVisible()
        }
    }

    /// Puts newer rows above the others (a feed, newest first), keeping at most `limit` rows;
    /// the oldest go. Rows already loaded (same id) are left where they are. The selection stays.
    public mutating func insertNewest(_ newer: [Row], limit: Int) {
        let fresh = newer.filter { indexByID[$0.id] == nil }
        guard !fresh.isEmpty else { return }
        rows = Array((fresh + rows).prefix(max(limit, 0)))
        indexByID = Dictionary(rows.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        rebuildVisible()
    }

    /// Removes one row (it was deleted) and keeps the cursor on its neighbour.
    public mutating func remove(id: String) {
        guard indexByID[id] != nil else { return }
        let wasSelected = selectedID == id
        rows.removeAll { $0.id == id }
        indexByID = Dictionary(rows.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let keep = cursor
        rebuildVisible()
        if wasSelected {
            select(position: min(keep, max(visible.count - 1, 0)))
        }
    }

    private mutating func finishPage(nextCursor: String?) {
        nextPageCursor = nextCursor
        hasMore = nextCursor != nil
        hasLoaded = true
        phase = .idle
    }

    // MARK: - Filter and sort

    /// Filters the loaded rows locally (case-insensitive substring over `searchText`).
    public mutating func setFilter(_ text: String) {
        guard text != filter else { return }
        filter = text
        rebuildVisible()
    }

    /// Sorts by a column; choosing the same column again flips the direction, a third time
    /// returns to API order.
    public mutating func cycleSort(column: Int) {
        switch sort {
        case let current? where current.column == column && current.ascending:
            sort = ListSort(column: column, ascending: false)
        case let current? where current.column == column:
            sort = nil
        default:
            sort = ListSort(column: column)
        }
        rebuildVisible()
    }

    /// Sets the sort directly (nil for API order).
    public mutating func setSort(_ sort: ListSort?) {
        guard sort != self.sort else { return }
        self.sort = sort
        rebuildVisible()
    }

    private mutating func rebuildVisible() {
        let needle = filter.lowercased()
        var indices = needle.isEmpty
            ? Array(rows.indices)
            : rows.indices.filter { rows[$0].searchText.contains(needle) }
        if let sort {
            let keys = indices.map { rows[$0].sortKey(forColumn: sort.column) }
            let order = keys.indices.sorted { lhs, rhs in
                if keys[lhs] == keys[rhs] { return lhs < rhs }
                return sort.ascending ? keys[lhs] < keys[rhs] : keys[lhs] > keys[rhs]
            }
            indices = order.map { indices[$0] }
        }
        visible = indices
        restoreCursor()
    }

    /// Puts the cursor back on the selected id, or on the nearest position if it is gone.
    private mutating func restoreCursor() {
        if let id = selectedID, let index = indexByID[id], let position = positionOfRowIndex(index) {
            cursor = position
        } else {
            cursor = min(cursor, max(visible.count - 1, 0))
            selectedID = row(at: cursor)?.id
        }
    }

    private func positionOfRowIndex(_ index: Int) -> Int? {
        // Fast path: without sort or filter, positions equal indices.
        if sort == nil && filter.isEmpty { return visible.indices.contains(index) ? index : nil }
        if visible.indices.contains(cursor) && visible[cursor] == index { return cursor }
        return visible.firstIndex(of: index)
    }

    // MARK: - Selection and scrolling

    /// Selects the row with this id, if it is shown.
    public mutating func select(id: String) {
        guard let index = indexByID[id], let position = positionOfRowIndex(index) else { return }
        select(position: position)
    }

    /// Selects a display position, clamped to the rows shown.
    public mutating func select(position: Int) {
        guard !visible.isEmpty else {
            cursor = 0
            selectedID = nil
            return
        }
        cursor = min(max(position, 0), visible.count - 1)
        selectedID = rows[visible[cursor]].id
    }

    /// Moves the selection by `delta` rows.
    public mutating func moveSelection(by delta: Int) {
        select(position: cursor + delta)
    }

    /// Keeps the cursor inside a viewport of `height` rows, scrolling as little as possible.
    public mutating func scrollToCursor(viewportHeight height: Int) {
        let height = max(height, 1)
        if cursor < scrollTop {
            scrollTop = cursor
        } else if cursor >= scrollTop + height {
            scrollTop = cursor - height + 1
        }
        scrollTop = max(0, min(scrollTop, max(visible.count - height, 0)))
    }

    /// Whether the user is close enough to the end that the next page should be fetched.
    public func wantsNextPage(viewportHeight height: Int) -> Bool {
        hasMore && !phase.isBusy && cursor >= visible.count - max(height, 1) * 2
    }
}
