/// The problems view (`!`, `:problems`): every resource the console has loaded that carries an
/// error or a warning, the most serious first, each with what staff can do about it. Enter opens
/// the resource's detail.
public struct ProblemsState: Sendable, Equatable {
    /// One problem of one resource.
    public struct Entry: Sendable, Equatable {
        public let problem: Problem
        /// "building", "user", "door", "key".
        public let kind: String
        public let name: String
        public let pane: ListPane
        public let target: DetailTarget
    }

    public private(set) var entries: [Entry]
    public var cursor = 0

    public init(entries: [Entry]) {
        let order: [ListPane] = [.systems, .entrances, .users, .credentials]
        self.entries = entries.sorted {
            ($0.problem.severity, order.firstIndex(of: $0.pane) ?? 9, $0.name.lowercased())
                < ($1.problem.severity, order.firstIndex(of: $1.pane) ?? 9, $1.name.lowercased())
        }
    }

    public var selected: Entry? { entries.indices.contains(cursor) ? entries[cursor] : nil }

    /// "3 errors and 2 warnings".
    public var summary: String {
        let errors = entries.filter { $0.problem.severity == .error }.count
        let warnings = entries.count - errors
        func counted(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }
        switch (errors, warnings) {
        case (0, 0): return "No problems"
        case (_, 0): return counted(errors, "error")
        case (0, _): return counted(warnings, "warning")
        default: return counted(errors, "error") + " and " + counted(warnings, "warning")
        }
    }
}
