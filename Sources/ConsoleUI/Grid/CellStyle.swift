/// How a cell looks. Attributes (bold, reverse, underline, dim) carry hierarchy and state on
/// every terminal, including monochrome ones and under `NO_COLOR`; the colour role only adds
/// colour on top, and widgets never rely on it alone to convey meaning.
public struct CellStyle: Hashable, Sendable {
    public var attributes: TextAttributes
    public var role: ColorRole

    public init(_ attributes: TextAttributes = [], role: ColorRole = .normal) {
        self.attributes = attributes
        self.role = role
    }

    public static let plain = CellStyle()
    public static let bold = CellStyle(.bold)
    public static let reverse = CellStyle(.reverse)
    public static let dim = CellStyle(.dim)
    public static let underline = CellStyle(.underline)

    /// The same style with extra attributes.
    public func adding(_ extra: TextAttributes) -> CellStyle {
        CellStyle(attributes.union(extra), role: role)
    }
}

/// Video attributes every terminal supports.
public struct TextAttributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = TextAttributes(rawValue: 1 << 0)
    public static let reverse = TextAttributes(rawValue: 1 << 1)
    public static let underline = TextAttributes(rawValue: 1 << 2)
    public static let dim = TextAttributes(rawValue: 1 << 3)
}

/// A semantic colour; the curses backend maps roles to colour pairs on the terminal's default
/// background, or ignores them when colours are off.
public enum ColorRole: UInt8, Hashable, Sendable, CaseIterable {
    case normal, accent, info, warning, error, success, muted
}
