/// Turns untrusted text into text that is safe to display on one line.
///
/// Rules, applied per grapheme cluster:
/// - C0 controls (U+0000–U+001F, including `\r`, `\n`, `\t`, `\b` and ESC) and DEL become caret
///   notation (`^M`, `^J`, `^I`, `^H`, `^[`, `^?`), so escape sequences show as inert text.
/// - C1 controls (U+0080–U+009F), line/paragraph separators, surrogates, private-use,
///   unassigned and noncharacter code points become U+FFFD.
/// - Bidi controls (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C) become U+FFFD,
///   so a reordering attempt is visible rather than effective.
/// - Zero-width and format characters (U+200B, U+2060, U+FEFF, U+00AD, tags, …) are removed,
///   except ZWJ / variation selectors inside an emoji sequence.
/// - A combining mark with nothing to combine with becomes U+FFFD.
/// - Other space separators (no-break space, ideographic space, …) become a plain space.
public enum Sanitizer {
    /// Placeholder for characters that must not be shown as they are.
    public static let replacement: Character = "\u{FFFD}"

    public static func sanitize(_ input: String) -> String {
        // Fast path: printable ASCII needs no work.
        if input.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return input }
        var output = ""
        output.reserveCapacity(input.utf8.count)
        for scalar in input.unicodeScalars {
            appendSanitized(scalar, to: &output)
        }
        // Second pass over clusters: drop zero-width joiners that do not join emoji and
        // replace clusters that start with a lone combining mark.
        var result = ""
        result.reserveCapacity(output.utf8.count)
        for cluster in output {
            result += sanitizedCluster(cluster)
        }
        return result
    }

    private static func appendSanitized(_ scalar: Unicode.Scalar, to output: inout String) {
        let v = scalar.value
        switch v {
        case 0x00...0x1F:
            output += "^"
            output.unicodeScalars.append(Unicode.Scalar(UInt8(v + 0x40)))
        case 0x7F:
            output += "^?"
        case 0x80...0x9F:
            output.append(replacement)
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C:
            output.append(replacement)
        case 0x200B, 0x2060...0x2064, 0xFEFF, 0x00AD, 0x180E, 0xE0000...0xE007F:
            break
        case 0x2028, 0x2029:
            output.append(replacement)
        case 0x200C, 0x200D, 0xFE00...0xFE0F:
            output.unicodeScalars.append(scalar)
        default:
            switch scalar.properties.generalCategory {
            case .format:
                break
            case .control, .surrogate, .privateUse, .unassigned:
                output.append(replacement)
            case .spaceSeparator:
                output += " "
            case .lineSeparator, .paragraphSeparator:
                output.append(replacement)
            default:
                if scalar.properties.isNoncharacterCodePoint {
                    output.append(replacement)
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
    }

    private static func sanitizedCluster(_ cluster: Character) -> String {
        let scalars = cluster.unicodeScalars
        guard let first = scalars.first else { return "" }
        let isEmojiSequence = first.properties.isEmoji && (first.value > 0x7F || scalars.contains { $0.value == 0xFE0F || $0.value == 0x20E3 })
        var kept = String.UnicodeScalarView()
        for scalar in scalars {
            let v = scalar.value
            if (v == 0x200C || v == 0x200D || (0xFE00...0xFE0F).contains(v)) && !isEmojiSequence {
                // A joiner or variation selector outside emoji is invisible: drop it.
                continue
            }
            kept.append(scalar)
        }
        guard let head = kept.first else { return "" }
        switch head.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .spacingMark:
            return String(replacement)
        default:
            return String(kept)
        }
    }
}
