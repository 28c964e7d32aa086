/// libpq's passfile format, so that a deployment can keep the audit role's password where
/// `psql` finds it too: one `host:port:database:role:password` per line, `*` matching any value
/// in the first four fields, `\:` and `\\` escaping, `#` starting a comment; the first match wins.
struct PostgresPassfile {
    private let entries: [[String]]

    init(text: String) {
        entries = text.split(whereSeparator: \.isNewline).compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let fields = Self.fields(of: line)
            return fields.count == 5 ? fields : nil
        }
    }

    func password(host: String, port: Int, database: String, role: String) -> String? {
        let wanted = [host, String(port), database, role]
        return entries.first { entry in
            zip(entry.prefix(4), wanted).allSatisfy { field, value in field == "*" || field == value }
        }?[4]
    }

    private static func fields(of line: Substring) -> [String] {
        var fields = [""]
        var escaped = false
        for character in line {
            if escaped {
                fields[fields.count - 1].append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == ":" && fields.count < 5 {
                fields.append("")
            } else {
                fields[fields.count - 1].append(character)
            }
        }
        return fields
    }
}
