/// The `/` filter: local at each key, the API asked once typing pauses.
extension ConsoleState {
    /// How long typing must pause before the API is asked for the search. Typing at 12 keys a
    /// second (83 ms apart) never pauses this long, so a typed word costs one request.
    public static let typingPause: Duration = .milliseconds(250)

    mutating func openFilter() {
        let current = list(pane).filter.isEmpty ? (serverSearch[pane] ?? "") : list(pane).filter
        modals.push(.filter(FilterPrompt(pane: pane, text: current)))
    }

    /// A key that is not bound in the prompt edits the filter.
    mutating func editFilter(_ key: Key) -> [ConsoleEffect] {
        guard var prompt = modals.filter, prompt.draft.apply(key) else { return [] }
        modals.replace(.filter(prompt))
        return applyFilter(prompt.draft.text, to: prompt.pane)
    }

    mutating func pasteIntoFilter(_ text: String) -> [ConsoleEffect] {
        guard var prompt = modals.filter else { return [] }
        prompt.draft.insert(text)
        modals.replace(.filter(prompt))
        return applyFilter(prompt.draft.text, to: prompt.pane)
    }

    /// Enter keeps the filter; Esc goes back to the one before `/`.
    mutating func finishFilter(keeping: Bool) -> [ConsoleEffect] {
        guard let prompt = modals.filter else { return [] }
        modals.close(.filter)
        return keeping ? [] : applyFilter(prompt.previous, to: prompt.pane)
    }

    /// Filters the loaded rows now and (re)starts the pause after which the API is asked.
    private mutating func applyFilter(_ text: String, to pane: ListPane) -> [ConsoleEffect] {
        withList(pane) { $0.setFilter(text) }
        return [.after(Self.typingPause, .filterPaused(pane, search: text), id: .filterPause(pane))]
    }

    /// Typing paused: ask the API for the search, unless it already answered it. The request
    /// replaces any page load of the pane still in flight.
    mutating func searchAfterPause(_ pane: ListPane, search: String) -> [ConsoleEffect] {
        guard pane.searchesTheAPI, (serverSearch[pane] ?? "") != search else { return [] }
        serverSearch[pane] = search
        return [loadFirstPage(pane)]
    }
}
