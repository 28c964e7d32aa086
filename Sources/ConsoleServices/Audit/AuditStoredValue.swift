/// A column value exactly as a sink holds it, type and bytes included, so that the hash of a
/// row can be checked against what is really stored and a damaged value (a NULL, a number
/// where text belongs, bytes that are not UTF-8) is seen as it is instead of crashing a reader.
public enum AuditStoredValue: Sendable, Equatable {
    case null
    case integer(Int64)
    case real(Double)
    /// The stored bytes of a text value; keydesk writes only valid UTF-8.
    case text([UInt8])
    case blob([UInt8])

    public init(_ text: String) { self = .text(Array(text.utf8)) }

    public init(_ text: String?) { self = text.map { .text(Array($0.utf8)) } ?? .null }

    public init(_ integer: Int64?) { self = integer.map { .integer($0) } ?? .null }

    /// The value as text when it is text in valid UTF-8.
    public var validText: String? {
        guard case .text(let bytes) = self else { return nil }
        return String(validating: bytes, as: UTF8.self)
    }

    /// A word for the type, for damage messages.
    public var typeName: String {
        switch self {
        case .null: "NULL"
        case .integer: "a number"
        case .real: "a number"
        case .text: "text"
        case .blob: "bytes"
        }
    }
}
