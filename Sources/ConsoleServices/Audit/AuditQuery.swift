import ConsoleCore
import Foundation
import GRDB

/// The SQL behind `AuditLog.entries`: a time bound, a word filter over every text column,
/// newest first.
struct AuditQuery: Sendable {
    static let searchedColumns = [
        "time", "os_user", "ssh_client_address", "profile", "endpoint", "action",
        "resource_ids", "outcome", "error_message", "seam_request_id",
    ]

    var since: Date?
    var filter: String?
    var limit: Int?

    func fetch(_ db: Database) throws -> [AuditRecord] {
        var clauses: [String] = []
        var arguments: [(any DatabaseValueConvertible)?] = []
        if let since {
            clauses.append("time >= ?")
            arguments.append(AuditTime.string(from: since))
        }
        for word in (filter ?? "").split(whereSeparator: \.isWhitespace) {
            let pattern = "%" + Self.escapeLike(String(word)) + "%"
            let any = Self.searchedColumns.map { "IFNULL(\($0), '') LIKE ? ESCAPE '\\'" }
            clauses.append("(" + any.joined(separator: " OR ") + ")")
            arguments.append(contentsOf: Array(repeating: pattern, count: Self.searchedColumns.count))
        }
        var sql = "SELECT * FROM audit_log"
        if !clauses.isEmpty { sql += " WHERE " + clauses.joined(separator: " AND ") }
        sql += " ORDER BY time DESC, id DESC"
        if let limit {
            sql += " LIMIT ?"
            arguments.append(max(0, limit))
        }
        return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map(Self.record)
    }

    static func record(_ row: Row) -> AuditRecord {
        let timeText: String = row["time"]
        let outcomeText: String = row["outcome"]
        return AuditRecord(id: row["id"], entry: AuditEntry(
            time: AuditTime.date(from: timeText) ?? Date(timeIntervalSince1970: 0),
            osUser: row["os_user"],
            sshClientAddress: row["ssh_client_address"],
            profile: row["profile"],
            endpoint: row["endpoint"],
            action: row["action"],
            resourceIDs: AuditResourceIDs.decode(row["resource_ids"]),
            outcome: AuditOutcome(rawValue: outcomeText) ?? .failed,
            errorMessage: row["error_message"],
            seamRequestID: row["seam_request_id"]
        ))
    }

    private static func escapeLike(_ text: String) -> String {
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
