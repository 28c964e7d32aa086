import Foundation

/// Text from the API is untrusted: it may hold terminal escape sequences or be huge. This keeps
/// printable characters only and bounds the length before it reaches an error description.
enum Sanitized {
    static func text(_ raw: String, limit: Int = 500) -> String {
        var result = ""
        result.reserveCapacity(min(raw.utf8.count, limit))
        var count = 0
        for scalar in raw.unicodeScalars {
            if count >= limit {
                result += "…"
                break
            }
            switch scalar.properties.generalCategory {
            case .control, .format, .lineSeparator, .paragraphSeparator, .privateUse, .surrogate, .unassigned:
                result.unicodeScalars.append(" ")
            default:
                result.unicodeScalars.append(scalar)
            }
            count += 1
        }
        return result
    }

    /// Removes every occurrence of `secret` (the credential) from `text`.
    static func redacting(_ secret: String?, in text: String) -> String {
        guard let secret, secret.count >= 4, text.contains(secret) else { return text }
        return text.replacingOccurrences(of: secret, with: "[redacted]")
    }

    /// Removes every occurrence of `secret` from the strings (and object keys) of a JSON value.
    static func redacting(_ secret: String?, in value: JSONValue) -> JSONValue {
        switch value {
        case .string(let text): .string(redacting(secret, in: text))
        case .array(let items): .array(items.map { redacting(secret, in: $0) })
        case .object(let members):
            .object(Dictionary(
                members.map { (redacting(secret, in: $0.key), redacting(secret, in: $0.value)) }, uniquingKeysWith: { a, _ in a }))
        case .null, .bool, .number: value
        }
    }
}
