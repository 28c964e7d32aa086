extension ConsoleState {
    /// Runs `body` on the list of a pane without copying its rows.
    mutating func withList<R>(_ pane: ListPane, _ body: (inout any ListNavigating) -> R) -> R {
        var list: any ListNavigating
        switch pane {
        case .systems: list = systems; systems = ListState()
        case .users: list = users; users = ListState()
        case .entrances: list = entrances; entrances = ListState()
        case .credentials: list = credentials; credentials = ListState()
        }
        let result = body(&list)
        switch pane {
        case .systems: systems = list as! ListState<SystemRow>
        case .users: users = list as! ListState<UserRow>
        case .entrances: entrances = list as! ListState<EntranceRow>
        case .credentials: credentials = list as! ListState<CredentialRow>
        }
        return result
    }

    /// The list of a pane, read-only.
    public func list(_ pane: ListPane) -> any ListNavigating {
        switch pane {
        case .systems: systems
        case .users: users
        case .entrances: entrances
        case .credentials: credentials
        }
    }

    /// Starts loading the first page of a pane (a new scope, a new filter, or a refresh).
    /// - Parameters:
    ///   - clearing: drop the rows now (the scope changed, so they are wrong, not just old).
    ///   - delay: wait before asking (debounced typing).
    mutating func loadFirstPage(_ pane: ListPane, clearing: Bool = false, delay: Duration = .zero) -> ConsoleEffect {
        let generation = withList(pane) { list in
            if clearing { list.clear() }
            return list.beginQuery()
        }
        let search = serverSearch[pane].flatMap { $0.isEmpty ? nil : $0 }
        return .loadPage(PageRequest(
            pane: pane, systemID: pane == .systems ? nil : scope?.systemID, search: search, cursor: nil,
            generation: generation, zones: zones, delay: delay))
    }

    /// Asks for the next page of a pane if the user is near its end and more exist.
    mutating func loadNextPageIfWanted(_ pane: ListPane) -> [ConsoleEffect] {
        let height = listHeight
        let next: (generation: Int, cursor: String)? = withList(pane) { list in
            list.wantsNextPage(viewportHeight: height) ? list.beginNextPage() : nil
        }
        guard let next else { return [] }
        let search = serverSearch[pane].flatMap { $0.isEmpty ? nil : $0 }
        return [.loadPage(PageRequest(
            pane: pane, systemID: pane == .systems ? nil : scope?.systemID, search: search, cursor: next.cursor,
            generation: next.generation, zones: zones))]
    }
}
