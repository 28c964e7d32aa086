import Foundation

extension ConsoleState {
    /// Turns one input event into state changes and effects.
    mutating func handle(_ event: InputEvent, now: Date) -> [ConsoleEffect] {
        switch event {
        case let .resize(columns, rows):
            self.columns = columns
            self.rows = rows
            let height = listHeight
            for pane in ListPane.allCases { withList(pane) { $0.scrollToCursor(viewportHeight: height) } }
            return loadNextPageIfWanted(pane)
        case .hangup, .terminate:
            shouldQuit = true
            return []
        case .mouse:
            return []
        case .paste(let text):
            return typeText(text)
        case .key(let key):
            return handle(key, now: now)
        }
    }

    private mutating func typeText(_ text: String) -> [ConsoleEffect] {
        if wizard != nil { pasteIntoWizard(text); return [] }
        if operation != nil {
            pasteIntoOperation(text)
            return []
        }
        if auditPane != nil { return pasteIntoAuditPane(text) }
        switch mode {
        case .filtering(var draft, let previous):
            draft.insert(text)
            mode = .filtering(draft, previous: previous)
            return applyFilterDraft(draft.text)
        case .command(var draft):
            draft.insert(text)
            mode = .command(draft)
            return []
        case .browsing, .help:
            return []
        }
    }

    private mutating func handle(_ key: Key, now: Date) -> [ConsoleEffect] {
        if wizard != nil { return handleWizard(key, now: now) }
        if operation != nil { return handleOperationKey(key, now: now) }
        if auditPane != nil { return handleAuditPaneKey(key) }
        switch mode {
        case .help:
            // Arrows scroll the overlay; any other key closes it.
            switch key {
            case .down, .character("j"): helpScroll += 1
            case .up, .character("k"): helpScroll = max(helpScroll - 1, 0)
            case .pageDown, .character(" "): helpScroll += listHeight
            case .pageUp: helpScroll = max(helpScroll - listHeight, 0)
            default: mode = .browsing
            }
            return []
        case .filtering(var draft, let previous):
            switch key {
            case .enter:
                mode = .browsing
                return []
            case .escape:
                mode = .browsing
                return applyFilterDraft(previous)
            default:
                guard draft.apply(key) else { return [] }
                mode = .filtering(draft, previous: previous)
                return applyFilterDraft(draft.text)
            }
        case .command(var draft):
            switch key {
            case .enter:
                mode = .browsing
                return runCommand(draft.text, now: now)
            case .escape:
                mode = .browsing
                return []
            case .tab:
                mode = .command(TextDraft(keys.completeCommand(draft.text, in: keyScopes)))
                return []
            default:
                if key == .backspace && draft.text.isEmpty {
                    mode = .browsing
                    return []
                }
                _ = draft.apply(key)
                mode = .command(draft)
                return []
            }
        case .browsing:
            if detail != nil, key == .escape {
                detail = nil
                return []
            }
            guard let binding = keys.binding(for: key, in: keyScopes) else {
                if keys.isRefusedByReadOnly(key, in: keyScopes) {
                    flash = Flash(.warning, "Read-only mode: this console cannot change anything.", now: now)
                }
                return []
            }
            return perform(binding.action, now: now)
        }
    }

    /// Runs a `:` command: a command name from the key registry, e.g. `users` or `q`.
    private mutating func runCommand(_ text: String, now: Date) -> [ConsoleEffect] {
        let known = keys.commands(in: keyScopes).map { ":" + $0.name }.joined(separator: " ")
        switch keys.resolveCommand(text, in: keyScopes) {
        case .empty:
            return []
        case .matched(let binding):
            return perform(binding.action, now: now)
        case .refusedReadOnly(let name):
            flash = Flash(.warning, "Read-only mode: :\(name) would change data, so this console refuses it.", now: now)
        case .unknown(let name):
            flash = Flash(.error, "Unknown command :\(name). Try \(known)", now: now)
        case .ambiguous(let name, let bindings):
            let names = bindings.compactMap { $0.commands.first }.map { ":" + $0 }.joined(separator: " ")
            flash = Flash(.error, ":\(name) is ambiguous: \(names)", now: now)
        }
        return []
    }

    /// What a bound action does.
    mutating func perform(_ action: ActionID, now: Date) -> [ConsoleEffect] {
        let height = listHeight
        if action != ConsoleKeymap.bottom { followingEnd.remove(pane) }
        switch action {
        case ConsoleKeymap.quit:
            shouldQuit = true
        case ConsoleKeymap.help:
            mode = .help
            helpScroll = 0
        case ConsoleKeymap.command:
            mode = .command(TextDraft())
        case ConsoleKeymap.filter:
            let current = list(pane).filter.isEmpty ? (serverSearch[pane] ?? "") : list(pane).filter
            mode = .filtering(TextDraft(current), previous: current)
        case ConsoleKeymap.redraw:
            needsFullRedraw = true
        case ConsoleKeymap.refresh:
            flash = Flash(.info, "Refreshing \(pane.noun)…", now: now)
            askedHolders = [] // names that could not be read are asked again
            return [loadFirstPage(pane)]
        case ConsoleKeymap.nextPane:
            return focus(ListPane(rawValue: (pane.rawValue + 1) % ListPane.allCases.count)!)
        case ConsoleKeymap.previousPane:
            return focus(ListPane(rawValue: (pane.rawValue + ListPane.allCases.count - 1) % ListPane.allCases.count)!)
        case ConsoleKeymap.up:
            return move { $0.moveSelection(by: -1) }
        case ConsoleKeymap.down:
            return move { $0.moveSelection(by: 1) }
        case ConsoleKeymap.pageUp:
            return move { $0.moveSelection(by: -height) }
        case ConsoleKeymap.pageDown:
            return move { $0.moveSelection(by: height) }
        case ConsoleKeymap.top:
            return move { $0.select(position: 0) }
        case ConsoleKeymap.bottom:
            if list(pane).hasMore { followingEnd.insert(pane) }
            return move { $0.select(position: $0.count - 1) }
        case ConsoleKeymap.sort:
            let columns = columnCount(of: pane)
            withList(pane) { list in
                let next = list.sort.map { $0.column + 1 } ?? 0
                list.setSort(next < columns ? ListSort(column: next) : nil)
            }
        case ConsoleKeymap.reverseSort:
            withList(pane) { list in
                if let sort = list.sort { list.setSort(ListSort(column: sort.column, ascending: !sort.ascending)) }
            }
        case ConsoleKeymap.open:
            return openSelected()
        case ConsoleKeymap.back:
            detail = nil
        case ConsoleKeymap.issueKey:
            return openWizard(now: now)
        case ConsoleKeymap.revealPIN:
            detail?.revealsPIN.toggle()
        case ConsoleKeymap.allBuildings:
            guard scope != nil else { return [] }
            scope = nil
            flash = Flash(.info, "Showing every building.", now: now)
            return [ListPane.users, .entrances, .credentials].map { loadFirstPage($0, clearing: true) }
        default:
            if let target = ListPane.allCases.first(where: { ConsoleKeymap.focus($0) == action }) {
                return focus(target)
            }
            if let effects = startOperation(action, now: now) { return effects }
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
        detail = nil
        let current = list(target)
        if !current.hasLoaded && !current.phase.isBusy { return [loadFirstPage(target)] }
        return loadNextPageIfWanted(target)
    }

    private func columnCount(of pane: ListPane) -> Int {
        switch pane {
        case .systems: SystemRow.columns.count
        case .users: UserRow.columns.count
        case .entrances: EntranceRow.columns.count
        case .credentials: CredentialRow.columns.count
        }
    }

    /// Filters the focused list locally at once, and asks the API for the full answer after a
    /// short pause (so a burst of keystrokes costs one request).
    private mutating func applyFilterDraft(_ text: String) -> [ConsoleEffect] {
        withList(pane) { $0.setFilter(text) }
        guard (serverSearch[pane] ?? "") != text else { return [] }
        serverSearch[pane] = text
        return [loadFirstPage(pane, delay: .milliseconds(150))]
    }

    /// Enter: on a system, scope the console to that building and show its details; elsewhere,
    /// open the details of the selected item.
    private mutating func openSelected() -> [ConsoleEffect] {
        var effects: [ConsoleEffect] = []
        let target: DetailTarget
        switch pane {
        case .systems:
            guard let row = systems.selectedRow else { return [] }
            target = .system(row.id)
            if scope?.systemID != row.id {
                scope = SystemScope(systemID: row.id, name: row.name, time: BuildingTime(identifier: row.timeZone))
                effects += [ListPane.users, .entrances, .credentials].map { loadFirstPage($0, clearing: true) }
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
        }
        let generation = nextDetailGeneration()
        detail = DetailState(target: target, generation: generation)
        effects.append(.loadDetail(target, generation: generation))
        return effects
    }
}
