import Foundation

/// Something wrong with a residents file, tied to its line so the person can fix it there.
public struct ImportProblem: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// The line of the file (1 is the header); nil for the file as a whole.
    public let line: Int?
    public let message: String

    public init(line: Int?, _ message: String) {
        self.line = line
        self.message = message
    }

    /// "line 7: …", one line.
    public var description: String {
        line.map { "line \($0): \(message)" } ?? message
    }
}

/// Every problem found at once, so a file full of mistakes is fixed in one pass, not one per run.
public struct ImportProblems: Error, Sendable, Equatable {
    public let problems: [ImportProblem]

    public init(_ problems: [ImportProblem]) {
        self.problems = problems
    }
}
