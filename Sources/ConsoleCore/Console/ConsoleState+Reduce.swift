import Foundation
import SeamAPI

extension ConsoleState {
    /// The console's reducer: applies one action and returns the API work it calls for.
    /// Pure: it reads no clock and performs no I/O.
    public mutating func reduce(_ action: ConsoleAction) -> [ConsoleEffect] {
        let effects = apply(action)
        return effects + holderLookups()
    }

    private mutating func apply(_ action: ConsoleAction) -> [ConsoleEffect] {
        switch action {
        case .start:
            return [.loadWorkspace, loadFirstPage(.systems), loadFirstPage(.users), loadFirstPage(.entrances), loadFirstPage(.credentials)]
        case let .input(event, now):
            return handle(event, now: now)
        case .tick(let now):
            if let flash, flash.expiresAt <= now { self.flash = nil }
            return []
        case .workspaceLoaded(let workspace):
            workspaceName = workspace.name
            return []
        case let .pageLoaded(page, request, nextCursor, now):
            return receive(page, request: request, nextCursor: nextCursor, now: now)
        case let .pageFailed(request, failure, now):
            return receiveFailure(failure, for: request, now: now)
        case .wizard(let answer):
            return reduceWizard(answer)
        case let .detailLoaded(content, generation):
            guard var detail, detail.generation == generation else { return [] }
            detail.phase = .loaded(content)
            self.detail = detail
            return []
        case .holdersLoaded(let names):
            learnHolders(names)
            return []
        case .operation(let answer):
            return receiveOperation(answer)
        case let .detailFailed(failure, generation):
            guard var detail, detail.generation == generation else { return [] }
            detail.phase = .failed(failure.message)
            self.detail = detail
            if failure.kind == .unauthorized { banner = failure.message }
            return []
        }
    }

    // MARK: - Results

    private mutating func receive(_ page: PanePage, request: PageRequest, nextCursor: String?, now: Date) -> [ConsoleEffect] {
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
            let rows = loaded.map(withHolder)
            accepted = first ? credentials.receiveFirstPage(rows, nextCursor: nextCursor, generation: request.generation)
                : credentials.receiveNextPage(rows, nextCursor: nextCursor, generation: request.generation)
        }
        guard accepted else { return [] }
        let pane = page.pane
        if first, let search = request.search, !search.isEmpty {
            // The API has filtered; the local filter only bridges keystrokes until the next answer.
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
        return loadNextPageIfWanted(pane)
    }

    private mutating func receiveFailure(_ failure: ConsoleFailure, for request: PageRequest, now: Date) -> [ConsoleEffect] {
        guard list(request.pane).generation == request.generation else { return [] }
        switch failure.kind {
        case .transient:
            let retry = request.retried()
            withList(request.pane) { $0.phase = request.cursor == nil ? .loading : .loadingMore }
            banner = "\(failure.message) Showing the last data; retrying in \(retry.delaySeconds) s."
            return [.loadPage(retry)]
        case .unauthorized:
            withList(request.pane) { $0.receiveFailure(failure.message, generation: request.generation) }
            banner = failure.message
            return []
        case .notFound, .rejected:
            withList(request.pane) { $0.receiveFailure(failure.message, generation: request.generation) }
            flash = Flash(.error, "Could not load \(request.pane.noun): \(failure.message)", now: now)
            return []
        }
    }
}
