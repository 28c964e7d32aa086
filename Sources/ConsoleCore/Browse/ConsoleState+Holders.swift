/// Credentials are shown, sorted and filtered by their holder's name: names come from the users
/// pages as they load, and holders the console has not loaded (a building with more users than
/// one page) are asked for by id, only for the credentials on screen, once each. Sorting by
/// holder needs every name, so it asks for all the users of the building (or workspace) once.
extension ConsoleState {
    /// The row with its holder's name when the console knows it.
    func withHolder(_ row: CredentialRow) -> CredentialRow {
        guard row.owner.isEmpty, let name = holders[row.ownerID] else { return row }
        return row.withOwner(name)
    }

    /// Remembers the names of users that arrived and gives them to the credentials they hold.
    mutating func learnHolders(_ rows: [UserRow]) {
        learnHolders(Dictionary(rows.map { ($0.id, $0.name) }, uniquingKeysWith: { _, last in last }))
    }

    /// Remembers holder names by user id and gives them to the credentials they hold.
    mutating func learnHolders(_ names: [String: String]) {
        let changed = holders.learn(names)
        guard !changed.isEmpty else { return }
        let holders = self.holders
        credentials.updateRows { row in
            guard let id = row.ownerID, changed.contains(id), let name = holders[id], name != row.owner else { return nil }
            return row.withOwner(name)
        }
    }

    /// Sorted by holder with holders still unnamed: every user's name of the scope, asked once
    /// per scope (a refresh asks again). Without it, credentials whose holder never came on
    /// screen sorted under their own name.
    mutating func allHolderLookup() -> [ConsoleEffect] {
        guard pane == .credentials, credentials.sort?.column == 0 else { return [] }
        let scopeKey = scope?.systemID ?? ""
        guard !askedAllHolders.contains(scopeKey) else { return [] }
        let unnamed = credentials.rows.contains { row in
            row.owner.isEmpty && row.ownerID.map { holders[$0] == nil } == true
        }
        guard unnamed else { return [] }
        askedAllHolders.insert(scopeKey)
        return [.call(.loadAllHolders(systemID: scope?.systemID))]
    }

    /// At most this many holders are asked for at once (a screen of rows is fewer).
    static let holderLookupLimit = 30

    /// The holders of the credentials on screen whose names are unknown and not yet asked for.
    mutating func holderLookups() -> [ConsoleEffect] {
        guard pane == .credentials, wizard == nil else { return [] }
        let list = credentials
        let first = min(list.scrollTop, list.count)
        let last = min(first + max(listHeight, 1), list.count)
        var wanted: [String] = []
        for position in first..<last {
            guard let row = list.row(at: position), row.owner.isEmpty, let id = row.ownerID,
                  holders[id] == nil, !askedHolders.contains(id), !wanted.contains(id) else { continue }
            wanted.append(id)
            if wanted.count == Self.holderLookupLimit { break }
        }
        guard !wanted.isEmpty else { return [] }
        askedHolders.formUnion(wanted)
        return [.call(.loadHolders(wanted))]
    }
}
