import ArgumentParser

/// How `keydesk list` prints: a table for people, JSON (one array), JSON lines (one object a
/// line, for streaming into `jq`) or CSV (with a header). The JSON is Seam's objects under
/// Seam's field names.
enum ListFormat: String, CaseIterable, ExpressibleByArgument {
    case table, json, jsonl, csv

    /// A table on a terminal, JSON lines otherwise.
    static var automatic: ListFormat { StandardOutput.isTerminal ? .table : .jsonl }
}

/// What `keydesk list` lists.
enum ListKind: String, CaseIterable, ExpressibleByArgument {
    case systems, users, entrances, credentials, events
}
