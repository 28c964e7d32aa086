/// How many terminal columns a grapheme cluster occupies (0, 1 or 2), computed the way
/// `wcwidth` does but from a built-in table, so the result does not depend on the process
/// locale and is the same in tests and in production.
public enum DisplayWidth {
    /// Columns of one grapheme cluster: 2 for East Asian wide/fullwidth and emoji
    /// presentation (or a VS16 emoji), 0 for a cluster made only of zero-width scalars
    /// (combining marks, format characters), otherwise 1.
    public static func of(_ cluster: Character) -> Int {
        let scalars = cluster.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if first.value < 0x7F { return first.value >= 0x20 ? 1 : 0 }
        if scalars.count > 1 && scalars.contains(where: { $0.value == 0xFE0F }) && first.properties.isEmoji {
            return 2
        }
        if isZeroWidth(first) {
            return scalars.dropFirst().contains(where: { !isZeroWidth($0) }) ? 1 : 0
        }
        return isWide(first) ? 2 : 1
    }

    /// Columns of a whole string: the sum over its grapheme clusters.
    public static func of<S: StringProtocol>(_ text: S) -> Int {
        var total = 0
        for cluster in text { total += of(cluster) }
        return total
    }

    /// True for scalars that take no column on their own.
    public static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v == 0x200B || (v >= 0x1160 && v <= 0x11FF) || v == 0x00AD { return true }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return true
        default: return false
        }
    }

    /// True for East Asian wide and fullwidth scalars and for emoji shown as emoji by default.
    public static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x1100 { return false }
        if scalar.properties.isEmojiPresentation { return true }
        for range in wideRanges where range.contains(v) { return true }
        return false
    }

    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
        0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF,
        0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4,
        0x17000...0x18CFF, 0x1AFF0...0x1B2FF, 0x1F200...0x1F202, 0x1F210...0x1F23B,
        0x1F240...0x1F248, 0x1F250...0x1F251, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]
}
