import Foundation

/// Reads the starts and ends of a residents file. A property-management export gives a date
/// ("2026-12-01"), a local time ("2026-12-01 09:00"), or an instant with an offset
/// ("2026-12-01T09:00:00-05:00", "…Z"). Without an offset the time is the building's; a date
/// alone starts at midnight and, for an end, lasts until 23:59 that day.
public enum MoveInTime {
    /// The formats a message names when a value cannot be read.
    public static let formats = "YYYY-MM-DD, YYYY-MM-DD HH:MM (the building's time) or ISO 8601 with an offset"

    public static func parse(_ text: String, time: BuildingTime, endOfDay: Bool) -> Date? {
        var local = text.trimmingCharacters(in: .whitespaces)
        var offset: Int?
        if local.hasSuffix("Z") || local.hasSuffix("z") {
            local.removeLast()
            offset = 0
        } else if let split = offsetStart(in: local) {
            guard let seconds = offsetSeconds(String(local[split...])) else { return nil }
            offset = seconds
            local = String(local[..<split])
        }
        let pieces = local.split(whereSeparator: { $0 == "-" || $0 == " " || $0 == ":" || $0 == "T" }).map(String.init)
        guard [3, 5, 6].contains(pieces.count), pieces.allSatisfy({ !$0.isEmpty }) else { return nil }
        let seconds = pieces.count == 6 ? Double(pieces[5]) : 0
        guard let seconds, (0..<60).contains(seconds) else { return nil }
        let minute = pieces.count == 3 ? (endOfDay ? "23:59" : "00:00") : "\(pieces[3]):\(pieces[4])"
        let normalized = "\(pieces[0])-\(pieces[1])-\(pieces[2]) \(minute)"
        guard pieces[0].count == 4 else { return nil }
        if let offset {
            guard let utc = BuildingTime(identifier: "UTC").parse(normalized) else { return nil }
            return utc.addingTimeInterval(seconds - Double(offset))
        }
        return time.parse(normalized)?.addingTimeInterval(seconds)
    }

    /// Where a trailing `+HH:MM` or `-HHMM` begins: after the date, never inside it.
    private static func offsetStart(in text: String) -> String.Index? {
        guard text.count > 10 else { return nil }
        let timePart = text.index(text.startIndex, offsetBy: 10)
        return text[timePart...].lastIndex(where: { $0 == "+" || $0 == "-" })
    }

    /// `+05:00`, `-0530` or `+05` in seconds east of UTC.
    private static func offsetSeconds(_ text: String) -> Int? {
        let sign = text.first == "-" ? -1 : 1
        let digits = text.dropFirst().filter { $0 != ":" }
        guard [2, 4].contains(digits.count), digits.allSatisfy(\.isASCII), let value = Int(digits) else { return nil }
        let hours = digits.count == 2 ? value : value / 100
        let minutes = digits.count == 2 ? 0 : value % 100
        guard hours <= 14, minutes < 60 else { return nil }
        return sign * (hours * 3600 + minutes * 60)
    }
}
