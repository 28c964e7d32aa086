import ConsoleCore
import Foundation

/// The output of `keydesk audit [--since DATE] [--json]`: a plain table for people (oldest
/// first, like a log), or a JSON array of snake_case objects for scripts (`AuditJSON`).
public enum AuditExport {
    /// Everything `keydesk audit` prints on stdout. `since` is the raw `--since` text;
    /// `sanitize` makes one table cell safe for a terminal (the executable passes ConsoleUI's
    /// `Sanitizer.sanitize`; this module cannot see ConsoleUI). Throws `AuditSinceError` for a
    /// bad date and `AuditLogError` if the log cannot be read.
    public static func output(
        log: AuditLog,
        since: String?,
        json: Bool,
        timeZone: TimeZone = .current,
        sanitize: (String) -> String
    ) throws -> String {
        let records = Array(try log.entries(since: try start(since, timeZone: timeZone)).reversed())
        return json ? AuditJSON.array(records) : table(records, sanitize: sanitize)
    }

    /// The same output from any sink (the PostgreSQL trail of several hosts too).
    public static func output(
        sink: any AuditSink,
        since: String?,
        json: Bool,
        timeZone: TimeZone = .current,
        sanitize: (String) -> String
    ) async throws -> String {
        let records = Array(try await sink.entries(since: try start(since, timeZone: timeZone)).reversed())
        return json ? AuditJSON.array(records) : table(records, sanitize: sanitize)
    }

    private static func start(_ since: String?, timeZone: TimeZone) throws(AuditSinceError) -> Date? {
        try since.map { text throws(AuditSinceError) in try AuditTime.parseSince(text, timeZone: timeZone) }
    }

    /// Aligned columns with a header, every cell passed through `sanitize`; a last line names
    /// the damaged rows, whose DETAIL says which columns could not be read.
    public static func table(_ records: [AuditRecord], sanitize: (String) -> String) -> String {
        let header = ["ID", "TIME (UTC)", "HOST", "USER", "FROM", "PROFILE", "ACTION", "RESOURCES", "STEP", "DETAIL"]
        let rows = records.map { record in cells(record).map(sanitize) }
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
        let damaged = records.filter(\.isDamaged).map { String($0.id) }
        if !damaged.isEmpty {
            lines.append("\(damaged.count) damaged row\(damaged.count == 1 ? "" : "s") (\(damaged.joined(separator: ", "))): "
                + "shown with what could be read; DETAIL names the unreadable columns")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func cells(_ record: AuditRecord) -> [String] {
        let entry = record.entry
        let step = record.isDamaged(AuditColumn.kind.name) ? "?"
            : entry.kind == .attempt ? "attempt" : entry.outcome?.rawValue ?? "?"
        let detail = [
            record.isDamaged ? "DAMAGED: " + record.damage.map(\.description).joined(separator: ", ") : nil,
            entry.attemptID.map { "outcome of \($0)" },
            entry.detail, entry.errorMessage, entry.seamRequestID.map { "request \($0)" },
        ].compactMap { $0 }.joined(separator: "; ")
        let time = record.isDamaged(AuditColumn.time.name)
            ? "?" : AuditTime.string(from: entry.time).replacingOccurrences(of: "T", with: " ")
        return [
            String(record.id), time, entry.host, entry.osUser, entry.sshClientAddress ?? "local", entry.profile ?? "-",
            entry.action, entry.resourceIDs.joined(separator: ","), step, detail.isEmpty ? "-" : detail,
        ]
    }
}
