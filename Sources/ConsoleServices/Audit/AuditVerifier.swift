import ConsoleCore

/// Checks the rows of every host's hash chain and reports the first one that is not as keydesk
/// wrote it, or not where it wrote it. Works on `AuditStoredRow`s, so any sink can be verified.
///
/// First each row is checked on its own: it must carry well-formed hashes and match its own
/// hash (`AuditCanonicalForm`). A row that does not is explained when it can be: it matches
/// under another id (renumbered, or a copy of a row still present), else it was edited.
/// Then each host's rows are walked in the order they were written (a renumbered row at its
/// original id): each must link to the one before it, or to `genesis` for the host's first
/// row. A broken link is explained: the row links to a row another row already follows
/// (inserted), to a later row (out of order), or to no row present (rows are missing).
/// Of all findings the one earliest in written order is reported.
public enum AuditVerifier {
    /// The highest id tried when explaining a hash mismatch as a renumbering.
    static let renumberSearchLimit: Int64 = 1_000_000
    /// How many hashes all such explanations may compute together, so that a log with many
    /// edited rows is still verified in seconds (the rest are reported as edited).
    static let renumberSearchBudget: Int64 = 4_000_000

    public static func verify(_ rows: [AuditStoredRow]) -> AuditVerification {
        let rows = rows.sorted { $0.id < $1.id }
        let rowsByID = Dictionary(rows.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let searchLimit = min(max(rows.last?.id ?? 0, Int64(rows.count)) + 1, renumberSearchLimit)
        var first: Finding?
        var walked: [(position: Int64, row: AuditStoredRow)] = []
        var budget = renumberSearchBudget
        for row in rows {
            let check = RowCheck(row, rowsByID: rowsByID, searchLimit: searchLimit, budget: &budget)
            if let tampering = check.tampering {
                first = Finding.earlier(first, Finding(position: check.position, tampering: tampering))
            }
            if check.isLinkable { walked.append((check.position, row)) }
        }
        var chains = AuditChainWalk(rows: walked.map(\.row))
        for (position, row) in walked.sorted(by: { ($0.position, $0.row.id) < ($1.position, $1.row.id) }) {
            if let first, first.position <= position { break }
            if let tampering = chains.link(row) {
                first = Finding.earlier(first, Finding(position: position, tampering: tampering))
                break
            }
        }
        if let first {
            return AuditVerification(rowCount: rows.count, chains: [], tampering: first.tampering, damagedRowIDs: [])
        }
        let damaged = rows.filter { AuditRecordDecoder.record($0).isDamaged }.map(\.id)
        return AuditVerification(rowCount: rows.count, chains: chains.heads, tampering: nil, damagedRowIDs: damaged)
    }

    /// A tampering and where in written order it happened.
    private struct Finding {
        let position: Int64
        let tampering: AuditTampering

        static func earlier(_ current: Finding?, _ candidate: Finding) -> Finding {
            guard let current, current.position <= candidate.position else { return candidate }
            return current
        }
    }

    /// One row checked on its own: its hashes' shape and its content against its hash.
    private struct RowCheck {
        /// Where the row was written: its id, or the id it was written under if renumbered.
        var position: Int64
        var tampering: AuditTampering?
        /// Whether the row takes part in the link walk (it has hashes and is not a copy).
        var isLinkable = true

        init(_ row: AuditStoredRow, rowsByID: [Int64: AuditStoredRow], searchLimit: Int64, budget: inout Int64) {
            position = row.id
            guard let stored = row[.rowHash].validText, AuditCanonicalForm.isHash(stored),
                  let previous = row[.previousHash].validText, AuditCanonicalForm.isHash(previous) else {
                tampering = AuditTampering(rowID: row.id, kind: .unhashed,
                                           description: "row \(row.id) was not written by keydesk: it carries no valid hash")
                isLinkable = false
                return
            }
            guard AuditCanonicalForm.hash(of: row) != stored else { return }
            if budget >= searchLimit, let original = Self.originalID(of: row, stored: stored, upTo: searchLimit) {
                budget -= searchLimit
                if rowsByID[original]?[.rowHash].validText == stored {
                    tampering = AuditTampering(rowID: row.id, kind: .copied, description: "row \(row.id) is a copy of row \(original)")
                    isLinkable = false
                } else {
                    position = original
                    tampering = AuditTampering(rowID: row.id, kind: .renumbered,
                                               description: "row \(row.id) was renumbered: it was written as row \(original)")
                }
                return
            }
            budget -= min(budget, searchLimit)
            tampering = AuditTampering(rowID: row.id, kind: .edited,
                                       description: "row \(row.id) was edited: its content no longer matches its hash")
        }

        /// The id in 1...limit under which the row's content has its stored hash, if any.
        private static func originalID(of row: AuditStoredRow, stored: String, upTo limit: Int64) -> Int64? {
            (1...max(1, limit)).first { id in
                id != row.id && AuditCanonicalForm.hash(of: AuditStoredRow(id: id, values: row.values)) == stored
            }
        }
    }
}
