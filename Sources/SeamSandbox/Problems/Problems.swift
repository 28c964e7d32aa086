import GRDB

/// Errors and warnings stored per resource (`problems`), each kept as its rendered JSON entry
/// (`created_at`, `message`, `error_code`/`warning_code`, and any member its code needs), so
/// that rendering a resource joins them in without decoding anything.
enum Problems {
    /// Adds an entry; an entry with the same code on the same resource is replaced.
    static func add(_ db: Database, resourceID: String, code: String, isError: Bool, message: String, now: Int64,
                    extra: [(String, JSONValue)] = []) throws {
        let members: [(String, JSONValue)] = [
            ("created_at", .timestamp(now)),
            (isError ? "error_code" : "warning_code", .string(code)),
            ("message", .string(message)),
        ] + extra
        let json = String(decoding: JSONWriter.bytes(.object(members.sorted { $0.0 < $1.0 })), as: UTF8.self)
        try clear(db, resourceID: resourceID, code: code)
        try db.execute(sql: "INSERT INTO problems (resource_id, is_error, code, json, created_at) VALUES (?, ?, ?, ?, ?)",
                       arguments: [resourceID, isError, code, json, now])
    }

    /// Removes the resource's entries with `code`, or all of them when `code` is nil.
    static func clear(_ db: Database, resourceID: String, code: String? = nil) throws {
        if let code {
            try db.execute(sql: "DELETE FROM problems WHERE resource_id = ? AND code = ?", arguments: [resourceID, code])
        } else {
            try db.execute(sql: "DELETE FROM problems WHERE resource_id = ?", arguments: [resourceID])
        }
    }

    /// SQL selecting a resource's stored errors and warnings as comma-joined JSON entries
    /// (`problem_errors`, `problem_warnings`), for a rendering SELECT whose row id is `idColumn`.
    static func columns(_ idColumn: String) -> String {
        """
        (SELECT group_concat(p.json, ',') FROM (SELECT json FROM problems WHERE resource_id = \(idColumn) AND is_error = 1 ORDER BY seq) p) AS problem_errors,
        (SELECT group_concat(p.json, ',') FROM (SELECT json FROM problems WHERE resource_id = \(idColumn) AND is_error = 0 ORDER BY seq) p) AS problem_warnings
        """
    }

    /// A JSON array of `derived` entries followed by the stored ones (`problem_errors` text).
    static func list(derived: [JSONValue] = [], stored: String?) -> JSONValue {
        guard let stored, !stored.isEmpty else { return .array(derived) }
        var bytes: [UInt8] = [UInt8(ascii: "[")]
        for entry in derived {
            JSONWriter.write(entry, into: &bytes)
            bytes.append(UInt8(ascii: ","))
        }
        bytes.append(contentsOf: stored.utf8)
        bytes.append(UInt8(ascii: "]"))
        return .raw(bytes)
    }

    /// One entry made here (not stored), such as `being_deleted`.
    static func entry(code: String, isError: Bool = false, message: String, createdAt: Int64, extra: [(String, JSONValue)] = []) -> JSONValue {
        .object(([
            ("created_at", .timestamp(createdAt)),
            (isError ? "error_code" : "warning_code", .string(code)),
            ("message", .string(message)),
        ] + extra).sorted { $0.0 < $1.0 })
    }
}
