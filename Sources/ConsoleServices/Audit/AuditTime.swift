import Foundation

/// The one timestamp format of the audit log: UTC ISO 8601 with milliseconds
/// ("2026-11-29T01:50:24.123Z"). Fixed width, so text order is time order in SQL.
public enum AuditTime {
    private static let style = Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: TimeZone(identifier: "UTC")!)

    public static func string(from date: Date) -> String {
        style.format(date)
    }

    public static func date(from text: String) -> Date? {
        if let date = try? style.parse(text) { return date }
        return try? Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC")!).parse(text)
    }

    /// Parses the `--since` argument of `keydesk audit`: a day (YYYY-MM-DD, midnight in
    /// `timeZone`) or a full ISO 8601 date-time ("2026-11-29T08:00:00Z", offsets allowed).
    public static func parseSince(_ text: String, timeZone: TimeZone = .current) throws(AuditSinceError) -> Date {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let parts = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        if parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
           let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = timeZone
            let components = DateComponents(year: year, month: month, day: day)
            if components.isValidDate(in: calendar), let date = calendar.date(from: components) {
                return date
            }
            throw AuditSinceError(text: text)
        }
        if let date = try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(trimmed) { return date }
        if let date = try? Date.ISO8601FormatStyle().parse(trimmed) { return date }
        throw AuditSinceError(text: text)
    }
}

/// `--since` was neither a day nor an ISO 8601 date-time.
public struct AuditSinceError: Error, Sendable, Equatable, CustomStringConvertible {
    public let text: String
    public var description: String {
        "--since '\(text)' is not a date: use YYYY-MM-DD (e.g. 2026-11-01) or ISO 8601 (e.g. 2026-11-01T08:00:00Z)"
    }
}
