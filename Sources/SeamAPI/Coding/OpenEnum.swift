/// Seam adds enum values without notice; an `OpenEnum` keeps the known cases typed and carries
/// any other value as `unknown(String)` instead of failing the whole response.
public protocol OpenEnum: RawRepresentable, Codable, Sendable, Hashable, CustomStringConvertible
where RawValue == String {
    init(rawValue: String)
}

extension OpenEnum {
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }
}

extension OpenEnum where Self: ExpressibleByStringLiteral, StringLiteralType == String {
    /// `"being_deleted"` where a code is expected.
    public init(stringLiteral value: String) {
        self.init(rawValue: value)
    }
}
