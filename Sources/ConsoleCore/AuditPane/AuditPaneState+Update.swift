/// The audit pane's own reducer: scrolling, the filter typed into it, and its query's answers.
extension AuditPaneState {
    /// Scrolls; `page` is the number of entries on screen.
    public mutating func perform(_ command: AuditPaneCommand, page: Int) {
        let last = max(records.count - 1, 0)
        switch command {
        case .close: break
        case .scrollDown: scroll = min(scroll + 1, last)
        case .scrollUp: scroll = max(scroll - 1, 0)
        case .pageDown: scroll = min(scroll + page, last)
        case .pageUp: scroll = max(scroll - page, 0)
        }
    }

    /// A key typed into the filter; returns the generation of the new query when the filter
    /// changed (the caller asks for it).
    public mutating func type(_ key: Key) -> Int? {
        let before = filter.text
        guard filter.apply(key), filter.text != before else { return nil }
        scroll = 0
        return beginQuery()
    }

    /// Text pasted into the filter; returns the generation of the new query.
    public mutating func paste(_ text: String) -> Int {
        filter.insert(text)
        scroll = 0
        return beginQuery()
    }

    /// The answer to a query; answers to older queries are dropped.
    public mutating func receive(_ phase: Phase, generation: Int) {
        guard generation == self.generation else { return }
        self.phase = phase
    }
}
