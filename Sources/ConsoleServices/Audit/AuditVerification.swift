/// What walking the hash chains found: the first tampering if any, else each host's chain
/// with its head hash (the value to note elsewhere: a log rewritten from some row on, or cut
/// short, verifies by itself but no longer ends in a head noted earlier).
public struct AuditVerification: Sendable, Equatable {
    /// One host's chain as it ends.
    public struct Chain: Sendable, Equatable {
        public let host: String
        public let rowCount: Int
        public let lastRowID: Int64
        public let headHash: String
    }

    public let rowCount: Int
    public let chains: [Chain]
    public let tampering: AuditTampering?
    /// Rows that are as written (their hash matches) yet cannot be read fully: rows the first
    /// schema held before the migration chained them.
    public let damagedRowIDs: [Int64]

    public var isIntact: Bool { tampering == nil }

    /// One line for `keydesk audit --verify`.
    public var summary: String {
        if let tampering { return "audit log TAMPERED: \(tampering.description)." }
        guard !chains.isEmpty else { return "audit log intact: no rows yet." }
        let heads = chains.map { "\($0.host): \($0.rowCount) rows, last row \($0.lastRowID), head \($0.headHash)" }
        var line = "audit log intact: \(rowCount) rows in \(chains.count) chain\(chains.count == 1 ? "" : "s") ("
            + heads.joined(separator: "; ") + ")"
        if !damagedRowIDs.isEmpty {
            line += "; unreadable but unchanged since chained: row\(damagedRowIDs.count == 1 ? "" : "s") "
                + damagedRowIDs.map(String.init).joined(separator: ", ")
        }
        return line + "."
    }
}
