import Foundation

/// A residents file read and checked: what the import will do (`moveIns`), what is wrong with
/// the rest (`problems`), and the file's SHA-256, which keys its journal so running the same
/// file again resumes it.
public struct ImportPlan: Sendable, Equatable {
    public let fileName: String
    public let fileHash: String
    public let moveIns: [MoveIn]
    public let problems: [ImportProblem]

    public init(fileName: String, fileHash: String, moveIns: [MoveIn], problems: [ImportProblem]) {
        self.fileName = fileName
        self.fileHash = fileHash
        self.moveIns = moveIns
        self.problems = problems
    }

    /// Lines with at least one problem (a row can have several).
    public var invalidLines: Set<Int> { Set(problems.compactMap(\.line)) }
}
