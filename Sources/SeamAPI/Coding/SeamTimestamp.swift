import Foundation

/// A timestamp field that Seam's spec types as a plain string rather than a date-time
/// (`acs_credential.starts_at` / `ends_at`). Usually ISO 8601, which becomes `.date`; any other
/// text is kept as sent in `.text`, so that one odd value shows as what it is instead of failing
/// a whole page of 500 credentials.
public enum SeamTimestamp: Codable, Sendable, Hashable, CustomStringConvertible {
    /// A timestamp `SeamDate` could read.
    case date(Date)
    /// Anything else, as the server sent it (a number or other JSON value as its JSON text).
    case text(String)

    /// The instant, when the value was a timestamp.
    public var date: Date? {
        if case .date(let date) = self { return date }
        return nil
    }

    /// The timestamp as Seam formats one (UTC, milliseconds), or the unreadable text as sent.
    public var description: String {
        switch self {
        case .date(let date): SeamDate.format(date)
        case .text(let text): text
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            self = SeamDate.parse(text).map(Self.date) ?? .text(text)
        } else {
            let value = try container.decode(JSONValue.self)
            let json = try SeamJSON.makeEncoder().encode(value)
            self = .text(String(decoding: json, as: UTF8.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
