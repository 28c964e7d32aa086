/// Text that is safe to put on the screen: the only string type widgets accept.
///
/// Every string from the API (names, emails, error messages) is untrusted. Building a
/// `DisplayText` runs it through `Sanitizer`, so control characters, escape sequences,
/// `\r`/`\b` spoofing, bidi overrides and invisible characters can never reach the terminal
/// or break column alignment. Keep the original string for API calls; sanitize only for display.
public struct DisplayText: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The sanitized text: one line, printable grapheme clusters only.
    public let text: String
    /// Display width in terminal columns.
    public let width: Int

    /// Sanitizes untrusted text for display.
    public init(_ untrusted: String) {
        self.init(sanitized: Sanitizer.sanitize(untrusted))
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }

    private init(sanitized: String) {
        self.text = sanitized
        self.width = DisplayWidth.of(sanitized)
    }

    public static let empty = DisplayText("")

    public var description: String { text }
    public var isEmpty: Bool { text.isEmpty }

    /// Joins two display texts (both already safe).
    public static func + (lhs: DisplayText, rhs: DisplayText) -> DisplayText {
        DisplayText(sanitized: lhs.text + rhs.text)
    }

    /// Cuts the text to at most `maxWidth` columns, ending with `ellipsis` when something was
    /// cut. Never splits a grapheme cluster; a wide character that would straddle the limit
    /// is dropped whole.
    public func truncated(toWidth maxWidth: Int, ellipsis: String = Glyphs.unicode.ellipsis) -> DisplayText {
        guard maxWidth > 0 else { return .empty }
        if width <= maxWidth { return self }
        let ellipsisWidth = DisplayWidth.of(ellipsis)
        let useEllipsis = ellipsisWidth > 0 && ellipsisWidth < maxWidth
        let budget = useEllipsis ? maxWidth - ellipsisWidth : maxWidth
        var used = 0
        var result = ""
        for cluster in text {
            let w = DisplayWidth.of(cluster)
            if used + w > budget { break }
            result.append(cluster)
            used += w
        }
        if useEllipsis { result += ellipsis }
        return DisplayText(sanitized: result)
    }

    /// Pads (or truncates) to exactly `columns` columns, aligned as asked.
    public func fitted(toWidth columns: Int, alignment: TextAlignment = .leading, ellipsis: String = Glyphs.unicode.ellipsis) -> DisplayText {
        let cut = truncated(toWidth: columns, ellipsis: ellipsis)
        let pad = max(0, columns - cut.width)
        switch alignment {
        case .leading: return DisplayText(sanitized: cut.text + String(repeating: " ", count: pad))
        case .trailing: return DisplayText(sanitized: String(repeating: " ", count: pad) + cut.text)
        case .center:
            let left = pad / 2
            return DisplayText(sanitized: String(repeating: " ", count: left) + cut.text + String(repeating: " ", count: pad - left))
        }
    }
}

/// Horizontal alignment of text inside a column.
public enum TextAlignment: Hashable, Sendable {
    case leading, trailing, center
}
