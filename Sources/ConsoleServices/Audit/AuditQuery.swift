import ConsoleCore
import Foundation
import GRDB

/// The SQL behind `AuditLog.entries`: a time bound, a word filter over every text column,
/// newest first, each row read tolerantly (`AuditRecordDecoder`).
struct AuditQuery: Sendable {
    static let searchedColumns = AuditColumn.allCases
        .filter { ![.attemptID, .previousHash, .rowHash].contains($0) }
        .map(\.name)

    var selection: AuditSelection

    func fetch(_ db: Database) throws -> [AuditRecord] {
        var clauses: [String] = []
        var arguments: [(any DatabaseValueConvertible)?] = []
        if let since = selection.since {
            clauses.append("time >= ?")
            arguments.append(AuditTime.string(from: since))
        }
        for word in (selection.filter ?? "").split(whereSeparator: \.isWhitespace) {
            let pattern = "%" + Self.escapeLike(String(word)) + "%"
            let any = Self.searchedColumns.map { "IFNULL(\($0), '') LIKE ? ESCAPE '\\'" }
            clauses.append("(" + any.joined(separator: " OR ") + ")")
            arguments.append(contentsOf: Array(repeating: pattern, count: Self.searchedColumns.count))
        }
        let clause = clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND ")
        return try AuditSQLiteRows.fetch(db, where: clause, order: "time DESC, id DESC", limit: selection.limit,
                                         arguments: StatementArguments(arguments))
            .map(AuditRecordDecoder.record)
    }

    /// `text` with LIKE's wildcards and escape character taken literally (ESCAPE '\').
    static func escapeLike(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_")
    }
}

/// Resource ids are stored as a JSON array of strings; a plain string (a row written by
/// another tool) reads as one id.
enum AuditResourceIDs {
    static func encode(_ ids: [String]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        guard let data = try? encoder.encode(ids) else { return "[]" }
        return String(decoding: data, as: UTF8.self)
    }

    static func decode(_ text: String) -> [String] {
        if let ids = try? JSONDecoder().decode([String].self, from: Data(text.utf8)) { return ids }
        return text.isEmpty ? [] : [text]
    }
}
