import ConsoleCore
import Foundation
import GRDB

/// How `AuditLog` moves `AuditStoredRow`s in and out of SQLite without losing a byte: each
/// column is read as `typeof(column), hex(column)`, so NULLs, numbers, blobs and text that is
/// not UTF-8 come back exactly as stored (GRDB would repair or trap on them).
enum AuditSQLiteRows {
    /// The select list matching `storedRow(_:)`: the id forced to an integer (a table rebuilt
    /// by hand could hold anything there), then each column's type and bytes.
    static let selectList = (["IFNULL(CAST(id AS INTEGER), 0)"] + AuditColumn.allCases.map { "typeof(\($0.name)), hex(\($0.name))" })
        .joined(separator: ", ")

    /// The rows of `table` matching `clause` (a WHERE clause or ""), in `order`, at most `limit`.
    static func fetch(_ db: Database, table: String = AuditSchema.table, where clause: String = "",
                      order: String = "id", limit: Int? = nil, arguments: StatementArguments = []) throws -> [AuditStoredRow] {
        var sql = "SELECT \(selectList) FROM \(table) \(clause) ORDER BY \(order)"
        var arguments = arguments
        if let limit {
            sql += " LIMIT ?"
            arguments += [max(0, limit)]
        }
        return try Row.fetchAll(db, sql: sql, arguments: arguments).map(storedRow)
    }

    static func storedRow(_ row: Row) -> AuditStoredRow {
        var values: [AuditColumn: AuditStoredValue] = [:]
        for (index, column) in AuditColumn.allCases.enumerated() {
            let type: String = row[1 + 2 * index]
            let hex: String = row[2 + 2 * index]
            values[column] = value(type: type, bytes: bytes(fromHex: hex))
        }
        return AuditStoredRow(id: row[0], values: values)
    }

    /// Inserts `row` with its id and every column, as `AuditStoredRow` holds them.
    static func insert(_ row: AuditStoredRow, into db: Database) throws {
        let columns = AuditColumn.allCases
        let names = (["id"] + columns.map(\.name)).joined(separator: ", ")
        let marks = Array(repeating: "?", count: columns.count + 1).joined(separator: ", ")
        let arguments = [row.id.databaseValue] + columns.map { databaseValue(row[$0]) }
        try db.execute(sql: "INSERT INTO \(AuditSchema.table) (\(names)) VALUES (\(marks))",
                       arguments: StatementArguments(arguments))
    }

    /// Appends `entry` to its host's chain. Runs inside the caller's write transaction, which
    /// GRDB begins IMMEDIATE, so no other process can append between the read and the insert.
    static func append(_ entry: AuditEntry, in db: Database) throws -> AuditRecord {
        // Read as a DatabaseValue: a head hash damaged into bytes or a number must not trap here.
        let head = try DatabaseValue.fetchOne(db, sql: """
            SELECT row_hash FROM \(AuditSchema.table) WHERE host = ? ORDER BY id DESC LIMIT 1
            """, arguments: [entry.host])
        let previous: String = if case .string(let text)? = head?.storage { text } else { AuditCanonicalForm.genesis }
        let row = AuditStoredRow(id: try nextID(db), entry: entry, previousHash: previous)
        try insert(row, into: db)
        return AuditRecord(id: row.id, entry: entry)
    }

    /// One past the highest id ever given (AUTOINCREMENT's counter), so a removed last row's
    /// id is never given again.
    private static func nextID(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: """
            SELECT MAX(IFNULL((SELECT seq FROM sqlite_sequence WHERE name = ?), 0),
                       IFNULL((SELECT MAX(id) FROM \(AuditSchema.table)), 0)) + 1
            """, arguments: [AuditSchema.table]) ?? 1
    }

    private static func value(type: String, bytes: [UInt8]) -> AuditStoredValue {
        let text = String(decoding: bytes, as: UTF8.self)
        switch type {
        case "null": return .null
        case "integer": return Int64(text).map { .integer($0) } ?? .text(bytes)
        case "real": return Double(text).map { .real($0) } ?? .text(bytes)
        case "blob": return .blob(bytes)
        default: return .text(bytes)
        }
    }

    private static func databaseValue(_ value: AuditStoredValue) -> DatabaseValue {
        switch value {
        case .null: .null
        case .integer(let number): number.databaseValue
        case .real(let number): number.databaseValue
        case .text(let bytes): String(decoding: bytes, as: UTF8.self).databaseValue
        case .blob(let bytes): Data(bytes).databaseValue
        }
    }

    private static func bytes(fromHex hex: String) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(hex.utf8.count / 2)
        var high: UInt8?
        for character in hex.utf8 {
            let nibble: UInt8 = switch character {
            case 0x30...0x39: character - 0x30
            case 0x41...0x46: character - 0x41 + 10
            case 0x61...0x66: character - 0x61 + 10
            default: 0
            }
            if let first = high {
                bytes.append(first << 4 | nibble)
                high = nil
            } else {
                high = nibble
            }
        }
        return bytes
    }
}
