import Foundation

/// One data row of a residents file as read, before validation, with the line it came from so
/// every message can point at it.
public struct ResidentRecord: Sendable, Equatable {
    /// The line of the file (the header is line 1). A quoted value with a line break inside
    /// counts as one line: lines are counted by records.
    public let line: Int
    public let values: [String]

    public init(line: Int, values: [String]) {
        self.line = line
        self.values = values
    }

    /// A row with nothing in it (trailing blank lines of a spreadsheet export).
    public var isBlank: Bool { values.allSatisfy { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty } }
}
