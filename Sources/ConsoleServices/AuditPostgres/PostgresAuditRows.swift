import PostgresNIO

/// How `PostgresAuditLog` moves `AuditStoredRow`s in and out of the table: every column by
/// name in `AuditColumn` order, text as text, ids as bigint, so that the values read back are
/// the values hashed on the way in.
enum PostgresAuditRows {
    static let columns = ["id"] + AuditColumn.allCases.map(\.name)
    static let selectList = columns.joined(separator: ", ")

    static func insert(_ row: AuditStoredRow) -> PostgresQuery {
        var binds = PostgresBindings(capacity: columns.count)
        binds.append(row.id)
        for column in AuditColumn.allCases {
            switch row[column] {
            case .null: binds.appendNull()
            case .integer(let number): binds.append(number)
            case .real(let number): binds.append(number)
            case .text(let bytes), .blob(let bytes): binds.append(String(decoding: bytes, as: UTF8.self))
            }
        }
        let marks = (1...columns.count).map { "$\($0)" }.joined(separator: ", ")
        return PostgresQuery(unsafeSQL: "INSERT INTO \(PostgresAuditSchema.table) (\(selectList)) VALUES (\(marks))", binds: binds)
    }

    /// A row as read by `SELECT selectList`; a value that does not decode as its column's type
    /// keeps its bytes as text, so the verifier sees it as damaged instead of a reader failing.
    static func storedRow(_ row: PostgresRow) -> AuditStoredRow {
        var id: Int64 = 0
        var values: [AuditColumn: AuditStoredValue] = [:]
        for (index, cell) in row.enumerated() {
            guard index > 0 else {
                id = (try? cell.decode(Int64.self)) ?? 0
                continue
            }
            let column = AuditColumn.allCases[index - 1]
            values[column] = value(cell, integer: column == .attemptID)
        }
        return AuditStoredRow(id: id, values: values)
    }

    private static func value(_ cell: PostgresCell, integer: Bool) -> AuditStoredValue {
        guard var bytes = cell.bytes else { return .null }
        if integer, let number = try? cell.decode(Int64.self) { return .integer(number) }
        if let text = try? cell.decode(String.self) { return .text(Array(text.utf8)) }
        return .text(bytes.readBytes(length: bytes.readableBytes) ?? [])
    }
}
