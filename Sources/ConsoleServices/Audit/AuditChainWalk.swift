/// The link check of `AuditVerifier`: follows each host's chain row by row, in written order,
/// and explains the first link that does not hold. Knows every row's stored hash, so a link to
/// a row elsewhere in the log can be named.
struct AuditChainWalk {
    private struct Chain {
        var head = AuditCanonicalForm.genesis
        var lastRowID: Int64?
        var rowCount = 0
        /// Which row follows each hash (genesis included) so far.
        var followers: [String: Int64] = [:]
    }

    private let idsByHash: [String: [String: Int64]]
    private var chains: [String: Chain] = [:]

    init(rows: [AuditStoredRow]) {
        var idsByHash: [String: [String: Int64]] = [:]
        for row in rows {
            if let hash = row[.rowHash].validText { idsByHash[row.chainHost, default: [:]][hash] = row.id }
        }
        self.idsByHash = idsByHash
    }

    /// Each host's chain as it ends, by host name.
    var heads: [AuditVerification.Chain] {
        chains.keys.sorted().compactMap { host in
            guard let chain = chains[host], let last = chain.lastRowID else { return nil }
            return AuditVerification.Chain(host: host, rowCount: chain.rowCount, lastRowID: last, headHash: chain.head)
        }
    }

    /// Extends the row's host chain with `row`, or says why it does not fit. The row's hashes
    /// are known to be well-formed (`AuditVerifier` walks no other rows).
    mutating func link(_ row: AuditStoredRow) -> AuditTampering? {
        let host = row.chainHost
        let previous = row[.previousHash].validText ?? ""
        var chain = chains[host] ?? Chain()
        if previous != chain.head { return explainBrokenLink(row, previous: previous, chain: chain) }
        chain.followers[previous] = row.id
        chain.head = row[.rowHash].validText ?? ""
        chain.lastRowID = row.id
        chain.rowCount += 1
        chains[host] = chain
        return nil
    }

    private func explainBrokenLink(_ row: AuditStoredRow, previous: String, chain: Chain) -> AuditTampering {
        let host = row.chainHost
        let linked = idsByHash[host]?[previous]
        if let follower = chain.followers[previous] {
            let claim = previous == AuditCanonicalForm.genesis
                ? "it claims to be the first row from \(host), which row \(follower) already is"
                : "it claims to follow row \(linked.map(String.init) ?? "?"), which row \(follower) already follows"
            return AuditTampering(rowID: row.id, kind: .inserted, description: "row \(row.id) was inserted out of order: \(claim)")
        }
        if let linked, linked > row.id {
            return AuditTampering(rowID: row.id, kind: .outOfOrder,
                                  description: "row \(row.id) is out of order: it was written after row \(linked)")
        }
        guard let last = chain.lastRowID else {
            return AuditTampering(rowID: row.id, kind: .missing, description:
                "rows are missing before row \(row.id): it is the first row from \(host) but does not start its chain")
        }
        return AuditTampering(rowID: row.id, kind: .missing,
                              description: "a row is missing before row \(row.id): it does not follow row \(last)")
    }
}
