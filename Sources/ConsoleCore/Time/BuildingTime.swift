import Foundation

/// Shows instants the way the front desk reads them: in the building's own time zone,
/// "2026-12-01 14:00", whatever the time zone of the machine keydesk runs on.
public struct BuildingTime: Sendable, Equatable {
    public let timeZone: TimeZone

    /// A building without a known time zone is shown in UTC, and says so.
    public init(identifier: String?) {
        timeZone = identifier.flatMap(TimeZone.init(identifier:)) ?? TimeZone(identifier: "UTC")!
    }

    public var label: String { timeZone.identifier }

    private var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }

    /// "2026-12-01 14:00".
    public func format(_ date: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(
            format: "%04d-%02d-%02d %02d:%02d",
            parts.year ?? 0, parts.month ?? 0, parts.day ?? 0, parts.hour ?? 0, parts.minute ?? 0
        )
    }

    /// "2026-11-29 14:05 → 16:05": a span, its day written once when both ends are on it.
    public func format(from starts: Date, to ends: Date) -> String {
        let from = format(starts), to = format(ends)
        return from.prefix(10) == to.prefix(10) ? "\(from) → \(to.dropFirst(11))" : "\(from) → \(to)"
    }

    /// Reads "2026-12-01 14:00" (or "2026-12-01", meaning midnight) as local time in the building.
    public func parse(_ text: String) -> Date? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let pieces = trimmed.split(whereSeparator: { $0 == "-" || $0 == " " || $0 == ":" || $0 == "T" })
        guard pieces.count == 3 || pieces.count == 5 else { return nil }
        let numbers = pieces.compactMap { Int($0) }
        guard numbers.count == pieces.count else { return nil }
        var parts = DateComponents()
        parts.year = numbers[0]
        parts.month = numbers[1]
        parts.day = numbers[2]
        parts.hour = numbers.count == 5 ? numbers[3] : 0
        parts.minute = numbers.count == 5 ? numbers[4] : 0
        guard let date = calendar.date(from: parts), format(date).hasPrefix(String(format: "%04d-%02d-%02d", numbers[0], numbers[1], numbers[2])) else {
            return nil
        }
        return date
    }
}
