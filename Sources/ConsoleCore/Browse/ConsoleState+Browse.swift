import Foundation

/// Browsing the four lists: moving, sorting, switching panes, scoping to a building, opening
/// details, and starting the flows that open on top of the lists.
extension ConsoleState {
    mutating func performList(_ command: ListCommand) -> [ConsoleEffect] {
        let height = listHeight
        switch command {
        case .up: return move { $0.moveSelection(by: -1) }
        case .down: return move { $0.moveSelection(by: 1) }
        case .pageUp: return move { $0.moveSelection(by: -height) }
        case .pageDown: return move { $0.moveSelection(by: height) }
        case .top: return move { $0.select(position: 0) }
        case .bottom:
            if list(pane).hasMore { followingEnd.insert(pane) }
            return move { $0.select(position: $0.count - 1) }
        case .sort:
            let columns = pane.columnCount
            withList(pane) { list in
                let next = list.sort.map { $0.column + 1 } ?? 0
                list.setSort(next < columns ? ListSort(column: next) : nil)
            }
            return allHolderLookup()
        case .reverseSort:
            withList(pane) { list in
                if let sort = list.sort { list.setSort(ListSort(column: sort.column, ascending: !sort.ascending)) }
            }
            return allHolderLookup()
        }
        return []
    }

    mutating func performBrowse(_ command: BrowseCommand, now: Date) -> [ConsoleEffect] {
        switch command {
        case .open:
            return openSelected(now: now)
        case .filter:
            openFilter()
        case .nextPane:
            return focus(ListPane(rawValue: (pane.rawValue + 1) % ListPane.allCases.count)!)
        case .previousPane:
            return focus(ListPane(rawValue: (pane.rawValue + ListPane.allCases.count - 1) % ListPane.allCases.count)!)
        case .focus(let target):
            return focus(target)
        case .refresh:
            flash = Flash(.info, "Refreshing \(pane.noun)…", now: now)
            askedHolders = [] // names that could not be read are asked again
            askedAllHolders = []
            return [loadFirstPage(pane)]
        case .allBuildings:
            guard scope != nil else { return [] }
            scope = nil
            flash = Flash(.info, "Showing every building.", now: now)
            return ListPane.scopedToBuilding.map { loadFirstPage($0, clearing: true) }
        case .issueKey:
            return openWizard(now: now)
        case .auditLog:
            return openAuditPane()
        case .problems:
            openProblems()
        case .guestPIN:
            return openGuest(now: now)
        case .moveOut:
            return startMoveOut(now: now)
        }
        return []
    }

    private mutating func move(_ body: (inout any ListNavigating) -> Void) -> [ConsoleEffect] {
        let height = listHeight
        withList(pane) { list in
            body(&list)
            list.scrollToCursor(viewportHeight: height)
        }
        return loadNextPageIfWanted(pane)
    }

    private mutating func focus(_ target: ListPane) -> [ConsoleEffect] {
        pane = target
        modals.close(.detail)
        let current = list(target)
        if !current.hasLoaded && !current.phase.isBusy { return [loadFirstPage(target)] }
        return loadNextPageIfWanted(target)
    }

    /// Enter: on a system, scope the console to that building and show its details; elsewhere,
    /// open the details of the selected item.
    private mutating func openSelected(now: Date) -> [ConsoleEffect] {
        var effects: [ConsoleEffect] = []
        let target: DetailTarget
        switch pane {
        case .systems:
            guard let row = systems.selectedRow else { return [] }
            target = .system(row.id)
            if scope?.systemID != row.id {
                scope = SystemScope(systemID: row.id, name: row.name, time: BuildingTime(identifier: row.timeZone))
                effects += ListPane.scopedToBuilding.map { loadFirstPage($0, clearing: true) }
            }
        case .users:
            guard let id = users.selectedID else { return [] }
            target = .user(id)
        case .entrances:
            guard let id = entrances.selectedID else { return [] }
            target = .entrance(id)
        case .credentials:
            guard let id = credentials.selectedID else { return [] }
            target = .credential(id)
        case .access:
            guard let id = grants.selectedID else { return [] }
            target = .accessGrant(id)
        case .activity:
            guard let row = activity.selectedRow else { return [] }
            guard let named = row.target else {
                flash = Flash(.info, "“\(row.sentence)” names nothing that still exists to open.", now: now)
                return []
            }
            target = named
        }
        return effects + openDetail(target)
    }
}
