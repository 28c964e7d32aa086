import Foundation

/// The problems view as a layer of the console.
extension ConsoleState {
    /// Every problem of the loaded systems, doors, users and keys.
    func loadedProblems() -> [ProblemsState.Entry] {
        var entries: [ProblemsState.Entry] = []
        for row in systems.rows {
            entries += row.problems.map { .init(problem: $0, kind: "building", name: row.name, pane: .systems, target: .system(row.id)) }
        }
        for row in entrances.rows {
            entries += row.problems.map { .init(problem: $0, kind: "door", name: row.name, pane: .entrances, target: .entrance(row.id)) }
        }
        for row in users.rows {
            entries += row.problems.map { .init(problem: $0, kind: "user", name: row.name, pane: .users, target: .user(row.id)) }
        }
        for row in credentials.rows {
            if case .problem(let problem) = row.status {
                let name = (row.owner.isEmpty ? row.name : row.owner) + " · " + row.method
                entries.append(.init(problem: problem, kind: "key", name: name, pane: .credentials, target: .credential(row.id)))
            }
        }
        return entries
    }

    mutating func openProblems() {
        modals.push(.problems(ProblemsState(entries: loadedProblems())))
    }

    mutating func performProblems(_ command: ProblemsCommand) -> [ConsoleEffect] {
        guard var view = modals.problems else { return [] }
        switch command {
        case .close:
            modals.close(.problems)
            return []
        case .up: view.cursor = max(view.cursor - 1, 0)
        case .down: view.cursor = min(view.cursor + 1, max(view.entries.count - 1, 0))
        case .open:
            guard let entry = view.selected else { return [] }
            modals.close(.problems)
            pane = entry.pane
            withList(entry.pane) { $0.select(id: entry.target.id) }
            let height = listHeight
            withList(entry.pane) { $0.scrollToCursor(viewportHeight: height) }
            return openDetail(entry.target)
        }
        modals.replace(.problems(view))
        return []
    }
}
