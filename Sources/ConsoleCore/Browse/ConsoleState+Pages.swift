import Foundation

/// Loading the lists page by page, and what the answers do: rows in, stale answers dropped,
/// failures retried after a growing pause while the last rows stay on screen.
extension ConsoleState {
    /// Runs `body` on the list of a pane without copying its rows.
    mutating func withList<R>(_ pane: ListPane, _ body: (inout any ListNavigating) -> R) -> R {
        var list: any ListNavigating
        switch pane {
        case .systems: list = systems; systems = ListState()
        case .users: list = users; users = ListState()
        case .entrances: list = entrances; entrances = ListState()
        case .credentials: list = credentials; credentials = ListState()
        case .access: list = grants; grants = ListState()
        case .activity: list = activity; activity = ListState()
        }
        let result = body(&list)
        switch pane {
        case .systems: systems = list as! ListState<SystemRow>
        case .users: users = list as! ListState<UserRow>
        case .entrances: entrances = list as! ListState<EntranceRow>
        case .credentials: credentials = list as! ListState<CredentialRow>
        case .access: grants = list as! ListState<AccessGrantRow>
        case .activity: activity = list as! ListState<ActivityRow>
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
        case .access: grants
        case .activity: activity
        }
    }

    /// Starts loading the first page of a pane (a new scope, a new filter, or a refresh); it
    /// replaces whatever the pane was loading.
    /// - Parameter clearing: drop the rows now (the scope changed, so they are wrong, not just old).
    mutating func loadFirstPage(_ pane: ListPane, clearing: Bool = false) -> ConsoleEffect {
        let generation = withList(pane) { list in
            if clearing { list.clear() }
            return list.beginQuery()
        }
        return .call(.loadPage(pageRequest(pane, cursor: nil, generation: generation)), id: .page(pane))
    }

    /// Asks for the next page of a pane if the user is near its end and more exist.
    mutating func loadNextPageIfWanted(_ pane: ListPane) -> [ConsoleEffect] {
        let height = listHeight
        let next: (generation: Int, cursor: String)? = withList(pane) { list in
            list.wantsNextPage(viewportHeight: height) ? list.beginNextPage() : nil
        }
        guard let next else { return [] }
        return [.call(.loadPage(pageRequest(pane, cursor: next.cursor, generation: next.generation)), id: .page(pane))]
    }

    private func pageRequest(_ pane: ListPane, cursor: String?, generation: Int) -> PageRequest {
        let search = serverSearch[pane].flatMap { $0.isEmpty ? nil : $0 }
        return PageRequest(pane: pane, systemID: pane == .systems ? nil : scope?.systemID, search: search, cursor: cursor,
                           generation: generation, zones: zones)
    }

    // MARK: - Answers

    mutating func receive(_ page: PanePage, request: PageRequest, nextCursor: String?, now: Date) -> [ConsoleEffect] {
        let first = request.cursor == nil
        var accepted = false
        switch page {
        case .systems(let rows):
            accepted = first ? systems.receiveFirstPage(rows, nextCursor: nextCursor, generation: request.generation)
                : systems.receiveNextPage(rows, nextCursor: nextCursor, generation: request.generation)
            if accepted { zones = BuildingZones(systems: systems.rows) }
        case .users(let rows):
            accepted = first ? users.receiveFirstPage(rows, nextCursor: nextCursor, generation: request.generation)
                : users.receiveNextPage(rows, nextCursor: nextCursor, generation: request.generation)
            if accepted { learnHolders(rows) }
        case .entrances(let rows):
            accepted = first ? entrances.receiveFirstPage(rows, nextCursor: nextCursor, generation: request.generation)
                : entrances.receiveNextPage(rows, nextCursor: nextCursor, generation: request.generation)
        case .credentials(let loaded):
            guard credentials.generation == request.generation else { return [] }
            let rows = foldPhones(loaded, firstPage: first).map(withHolder)
            accepted = first ? credentials.receiveFirstPage(rows, nextCursor: nextCursor, generation: request.generation)
                : credentials.receiveNextPage(rows, nextCursor: nextCursor, generation: request.generation)
        case .access(let page):
            accepted = first ? grants.receiveFirstPage(page.grants, nextCursor: nextCursor, generation: request.generation)
                : grants.receiveNextPage(page.grants, nextCursor: nextCursor, generation: request.generation)
            if accepted && first { askedGrants = [] }
        case .activity(let history):
            accepted = activity.receiveFirstPage(history.events.map(activityRow), nextCursor: nil, generation: request.generation)
            if accepted { followingStarts(after: history) }
        }
        guard accepted else { return [] }
        let pane = page.pane
        if first, let search = request.search, !search.isEmpty, list(pane).filter == search {
            // The API has filtered; the local filter only bridged the keystrokes until its answer.
            withList(pane) { $0.setFilter("") }
        }
        if banner != nil {
            banner = nil
            flash = Flash(.info, "Connection restored.", now: now)
        }
        lastRefreshed = now
        if followingEnd.contains(pane) {
            withList(pane) { $0.select(position: $0.count - 1) }
            if !list(pane).hasMore { followingEnd.remove(pane) }
        }
        let height = listHeight
        withList(pane) { $0.scrollToCursor(viewportHeight: height) }
        return loadNextPageIfWanted(pane) + (pane == .activity ? nextPoll() : [])
    }

    mutating func receiveFailure(_ failure: ConsoleFailure, for request: PageRequest, now: Date) -> [ConsoleEffect] {
        guard list(request.pane).generation == request.generation else { return [] }
        switch failure.kind {
        case .transient:
            let delay = request.retryDelaySeconds
            withList(request.pane) { $0.phase = request.cursor == nil ? .loading : .loadingMore }
            banner = "\(failure.message) Showing the last data; retrying in \(delay) s."
            return [.after(.seconds(delay), .retryPage(request.retried()), id: .page(request.pane))]
        case .unauthorized:
            withList(request.pane) { $0.receiveFailure(failure.message, generation: request.generation) }
            banner = failure.message
            return []
        case .notFound, .rejected, .auditUnavailable:
            withList(request.pane) { $0.receiveFailure(failure.message, generation: request.generation) }
            flash = Flash(.error, "Could not load \(request.pane.noun): \(failure.message)", now: now)
            return []
        }
    }
}
