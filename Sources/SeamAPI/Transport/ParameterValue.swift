import Foundation

/// A request parameter as the SDKs serialise it: to a query string for GET/DELETE (reference
/// §1.2) or to a JSON body for POST/PATCH/PUT. `null` is an explicit null (`key=` / JSON `null`);
/// a parameter that is not set is simply absent from `RequestParameters`.
public enum ParameterValue: Sendable, Equatable {
    case string(String)
    case bool(Bool)
    case int(Int)
    case double(Double)
    case date(Date)
    case array([ParameterValue])
    case object([String: ParameterValue])
    case null
}

/// Explicit `null` versus a value, for parameters where null means something ("no email").
public enum Nullable<Wrapped: Sendable & Equatable>: Sendable, Equatable {
    case null
    case value(Wrapped)
}

/// The parameters of one request, keyed by their snake_case names.
public struct RequestParameters: Sendable, Equatable {
    public private(set) var values: [String: ParameterValue] = [:]

    public init() {}

    public subscript(key: String) -> ParameterValue? {
        get { values[key] }
        set { values[key] = newValue }
    }

    mutating func set(_ key: String, _ value: String?) { if let value { values[key] = .string(value) } }
    mutating func set(_ key: String, _ value: Bool?) { if let value { values[key] = .bool(value) } }
    mutating func set(_ key: String, _ value: Int?) { if let value { values[key] = .int(value) } }
    mutating func set(_ key: String, _ value: Date?) { if let value { values[key] = .date(value) } }
    mutating func set(_ key: String, _ value: [String]?) {
        if let value { values[key] = .array(value.map(ParameterValue.string)) }
    }
    mutating func set(_ key: String, _ value: Nullable<String>?) {
        set(key, value, as: ParameterValue.string)
    }
    mutating func set(_ key: String, _ value: Nullable<Date>?) {
        set(key, value, as: ParameterValue.date)
    }
    private mutating func set<Wrapped>(_ key: String, _ value: Nullable<Wrapped>?, as wrap: (Wrapped) -> ParameterValue) {
        switch value {
        case nil: break
        case .null?: values[key] = .null
        case .value(let wrapped)?: values[key] = wrap(wrapped)
        }
    }

    /// The query string the SDKs send (without `?`): keys sorted, arrays as repeated keys, an
    /// empty array or null as `key=`, empty strings omitted, objects flattened with dots, dates
    /// in UTC with milliseconds, form encoding, and `_strict=true` appended when non-empty.
    public var queryString: String {
        var pairs: [(String, String)] = []
        for key in values.keys.sorted() {
            Self.flatten(key: key, value: values[key]!, into: &pairs)
        }
        guard !pairs.isEmpty else { return "" }
        pairs.append(("_strict", "true"))
        return pairs.map { "\(Self.formEncode($0.0))=\(Self.formEncode($0.1))" }.joined(separator: "&")
    }

    /// The JSON body the SDKs send: only the parameters that are set, keys sorted.
    public func jsonBody() throws -> Data {
        try SeamJSON.makeEncoder().encode(values.mapValues(EncodableParameter.init))
    }

    private static func flatten(key: String, value: ParameterValue, into pairs: inout [(String, String)]) {
        switch value {
        case .string(let text): if !text.isEmpty { pairs.append((key, text)) }
        case .bool(let flag): pairs.append((key, flag ? "true" : "false"))
        case .int(let number): pairs.append((key, String(number)))
        case .double(let number): pairs.append((key, formatNumber(number)))
        case .date(let date): pairs.append((key, SeamDate.format(date)))
        case .null: pairs.append((key, ""))
        case .array(let items):
            if items.isEmpty { pairs.append((key, "")) }
            for item in items { flatten(key: key, value: item, into: &pairs) }
        case .object(let members):
            for member in members.keys.sorted() { flatten(key: "\(key).\(member)", value: members[member]!, into: &pairs) }
        }
    }

    /// JS number formatting for the values we send: integers without a fraction.
    private static func formatNumber(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
        return String(number)
    }

    private static let unreserved: Set<UInt8> = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789*-._".utf8)

    /// `application/x-www-form-urlencoded`: space as `+`, everything outside `[A-Za-z0-9*-._]` as `%XX`.
    static func formEncode(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            if unreserved.contains(byte) {
                result.unicodeScalars.append(UnicodeScalar(byte))
            } else if byte == 0x20 {
                result += "+"
            } else {
                result += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return result
    }
}

private struct EncodableParameter: Encodable {
    let value: ParameterValue

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch value {
        case .string(let text): try container.encode(text)
        case .bool(let flag): try container.encode(flag)
        case .int(let number): try container.encode(number)
        case .double(let number): try container.encode(number)
        case .date(let date): try container.encode(SeamDate.format(date))
        case .null: try container.encodeNil()
        case .array(let items): try container.encode(items.map(EncodableParameter.init))
        case .object(let members): try container.encode(members.mapValues(EncodableParameter.init))
        }
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
