/// The Seam error envelope `{"error": {type, message, validation_errors?, data?}, "ok": false}`.
struct ErrorEnvelope: Decodable {
    struct Body: Decodable {
        var type: String?
        var message: String?
        var validationErrors: JSONValue?
        var data: JSONValue?

        enum CodingKeys: String, CodingKey {
            case type, message, validationErrors = "validation_errors", data
        }
    }

    var error: Body?

    /// Flattens zod's `format()` tree: `{"_errors": [...], "a": {"_errors": [...], "b": {...}}}`
    /// becomes `["": [...], "a": [...], "a.b": [...]]`, keeping only non-empty lists.
    static func flattenValidationErrors(_ tree: JSONValue?) -> [String: [String]] {
        var result: [String: [String]] = [:]
        func walk(_ node: JSONValue, path: String) {
            guard case .object(let members) = node else { return }
            for (key, child) in members {
                if key == "_errors" {
                    if case .array(let items) = child {
                        let messages = items.compactMap(\.stringValue).map { Sanitized.text($0, limit: 300) }
                        if !messages.isEmpty { result[path, default: []] += messages }
                    }
                } else {
                    walk(child, path: path.isEmpty ? key : "\(path).\(key)")
                }
            }
        }
        if let tree { walk(tree, path: "") }
        return result
    }
}
