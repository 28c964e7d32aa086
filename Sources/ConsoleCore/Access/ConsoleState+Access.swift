/// The Access pane: grants in scope, each named by its resident; the entrances of the grants on
/// screen are looked up once each (a grant names its doors only through `get_related`).
extension ConsoleState {
    /// At most this many grants are described at once (a screen of rows is fewer).
    static let grantLookupLimit = 20

    /// The grants on screen whose entrances are unknown and not yet asked for.
    mutating func grantLookups() -> [ConsoleEffect] {
        guard pane == .access, modals.wizard == nil else { return [] }
        let list = grants
        let first = min(list.scrollTop, list.count)
        let last = min(first + max(listHeight, 1), list.count)
        var wanted: [String] = []
        for position in first..<last {
            guard let row = list.row(at: position), row.entranceNames == nil, !askedGrants.contains(row.id) else { continue }
            wanted.append(row.id)
            if wanted.count == Self.grantLookupLimit { break }
        }
        guard !wanted.isEmpty else { return [] }
        askedGrants.formUnion(wanted)
        return [.call(.describeGrants(wanted))]
    }

    /// The entrances of grants, by grant id.
    mutating func learnGrantEntrances(_ entrances: [String: [String]]) {
        grants.updateRows { row in
            guard let names = entrances[row.id] else { return nil }
            return row.withEntrances(names)
        }
    }
}
