/// Credential holders the console has not loaded (a building with more users than one page)
/// are asked for by id, only for the credentials on screen, once each.
extension ConsoleState {
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
        return [.loadHolders(wanted)]
    }
}
