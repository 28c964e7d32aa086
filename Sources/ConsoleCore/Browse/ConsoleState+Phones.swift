/// One row per key: a multi-phone-sync mobile key has a child credential per phone of the
/// resident (`parent_acs_credential_id`). Children are counted on their parent's row ("mobile
/// key, 2 phones"), whichever arrives first, and listed in the key's detail.
extension ConsoleState {
    /// The parents of a page's credentials, each counting the phones seen so far; the children
    /// are remembered (a first page starts the count again) and counted on parents already shown.
    mutating func foldPhones(_ page: [CredentialRow], firstPage: Bool) -> [CredentialRow] {
        if firstPage { phonesByKey = [:] }
        var parents: [CredentialRow] = []
        var touched: Set<String> = []
        for row in page {
            if let parentID = row.parentID {
                phonesByKey[parentID, default: []].insert(row.id)
                touched.insert(parentID)
            } else {
                parents.append(row)
            }
        }
        for parentID in touched where parents.allSatisfy({ $0.id != parentID }) {
            if let parent = credentials.row(id: parentID) { credentials.update(parent.withPhones(phonesByKey[parentID]?.count ?? 0)) }
        }
        return parents.map { $0.withPhones(phonesByKey[$0.id]?.count ?? 0) }
    }
}
