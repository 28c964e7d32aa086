import ConsoleCore
import Foundation

/// The output of `keydesk audit [--since DATE] [--json]`: a plain table for people (oldest
/// first, like a log), or a JSON array of snake_case objects for scripts.
public enum AuditExport {
    /// Everything `keydesk audit` prints on stdout. `since` is the raw `--since` text.
    /// Throws `AuditSinceError` for a bad date and `AuditLogError` if the log cannot be read.
    public static func output(
        log: AuditLog,
        since: String?,
        json: Bool,
        timeZone: TimeZone = .current
    ) throws -> String {
        let start = try since.map { text throws(AuditSinceError) in try AuditTime.parseSince(text, timeZone: timeZone) }
        let records = try log.entries(since: start).reversed()
        return json ? self.json(Array(records)) : table(Array(records))
    }

    /// A JSON array, one object per record in the given order, every key present (null when
    /// empty): id, time, os_user, ssh_client_address, profile, endpoint, action,
    /// resource_ids, outcome, error_message, seam_request_id.
    public static func json(_ records: [AuditRecord]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(records.map(AuditJSONEntry.init)) else { return "[]\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// Aligned columns with a header; control characters in stored text are shown as `?`.
    public static func table(_ records: [AuditRecord]) -> String {
        let header = ["TIME (UTC)", "USER", "FROM", "PROFILE", "ACTION", "RESOURCES", "OUTCOME", "DETAIL"]
        let rows = records.map { record -> [String] in
            let entry = record.entry
            let detail = [entry.errorMessage, entry.seamRequestID.map { "request \($0)" }]
                .compactMap { $0 }.joined(separator: "; ")
            return [
                AuditTime.string(from: entry.time).replacingOccurrences(of: "T", with: " "),
                entry.osUser, entry.sshClientAddress ?? "local", entry.profile ?? "-", entry.action,
                entry.resourceIDs.joined(separator: ","), entry.outcome.rawValue, detail.isEmpty ? "-" : detail,
            ].map(printable)
        }
        var widths = header.map(\.count)
        for row in rows {
            for (column, cell) in row.enumerated() { widths[column] = max(widths[column], cell.count) }
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { column, cell in
                column == cells.count - 1 ? cell : cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }
        var lines = [line(header)] + rows.map(line)
        if rows.isEmpty { lines.append("(no entries)") }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func printable(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            let controls = scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format
            return controls ? "?" : scalar
        }))
    }
}

/// The JSON shape of one record: snake_case keys, explicit nulls.
private struct AuditJSONEntry: Encodable {
    let record: AuditRecord

    enum CodingKeys: String, CodingKey {
        case id, time, os_user, ssh_client_address, profile, endpoint, action, resource_ids, outcome,
             error_message, seam_request_id
    }

    func encode(to encoder: any Encoder) throws {
        let entry = record.entry
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(record.id, forKey: .id)
        try container.encode(AuditTime.string(from: entry.time), forKey: .time)
        try container.encode(entry.osUser, forKey: .os_user)
        try container.encode(entry.sshClientAddress, forKey: .ssh_client_address)
        try container.encode(entry.profile, forKey: .profile)
        try container.encode(entry.endpoint, forKey: .endpoint)
        try container.encode(entry.action, forKey: .action)
        try container.encode(entry.resourceIDs, forKey: .resource_ids)
        try container.encode(entry.outcome.rawValue, forKey: .outcome)
        try container.encode(entry.errorMessage, forKey: .error_message)
        try container.encode(entry.seamRequestID, forKey: .seam_request_id)
    }
}
