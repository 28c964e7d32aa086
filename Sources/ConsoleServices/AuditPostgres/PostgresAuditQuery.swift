import PostgresNIO

/// The SQL behind `PostgresAuditLog.entries`, the same selection as the SQLite log's
/// `AuditQuery`: a time bound, every word of the filter in some searched column (ILIKE, with
/// %, _ and \ taken literally), newest first, at most `limit` rows.
enum PostgresAuditQuery {
    static func entries(_ selection: AuditSelection) -> PostgresQuery {
        var clauses: [String] = []
        var binds = PostgresBindings()
        func bind(_ text: String) -> String {
            binds.append(text)
            return "$\(binds.count)"
        }
        if let since = selection.since {
            clauses.append("time >= \(bind(AuditTime.string(from: since)))")
        }
        for word in (selection.filter ?? "").split(whereSeparator: \.isWhitespace) {
            let mark = bind("%" + AuditQuery.escapeLike(String(word)) + "%")
            let any = AuditQuery.searchedColumns.map { "COALESCE(\($0), '') ILIKE \(mark) ESCAPE '\\'" }
            clauses.append("(" + any.joined(separator: " OR ") + ")")
        }
        var sql = "SELECT \(PostgresAuditRows.selectList) FROM \(PostgresAuditSchema.table)"
        if !clauses.isEmpty { sql += " WHERE " + clauses.joined(separator: " AND ") }
        sql += " ORDER BY time DESC, id DESC"
        if let limit = selection.limit {
            binds.append(max(0, limit))
            sql += " LIMIT $\(binds.count)"
        }
        return PostgresQuery(unsafeSQL: sql, binds: binds)
    }
}
