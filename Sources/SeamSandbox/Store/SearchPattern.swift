import GRDB

/// The SQL of a list route's `search`: the text found anywhere in any of some columns, taken
/// literally. `%`, `_` and the escape character are escaped (`LIKE ? ESCAPE '\'`), so that a
/// search for `50%` finds "50%" instead of every row.
enum SearchPattern {
    /// Adds `(a LIKE ? ESCAPE '\' OR b LIKE ? ESCAPE '\' …)` to `filters` and one argument per
    /// column to `arguments`.
    static func append(_ search: String, columns: [String], to filters: inout [String], arguments: inout StatementArguments) {
        filters.append("(" + columns.map { "\($0) LIKE ? ESCAPE '\\'" }.joined(separator: " OR ") + ")")
        arguments += StatementArguments(Array(repeating: pattern(search), count: columns.count))
    }

    /// `%<search with \, % and _ escaped>%`.
    static func pattern(_ search: String) -> String {
        var escaped = "%"
        for character in search {
            if character == "\\" || character == "%" || character == "_" { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped + "%"
    }
}
