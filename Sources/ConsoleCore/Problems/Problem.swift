import SeamAPI

/// One error or warning Seam reports on a resource, as the console says it: a few words for a
/// table cell ("Mission Control resident"), Seam's own message for the detail, and what staff
/// can do about it. Codes the catalog does not know keep their message and read as the code.
public struct Problem: Sendable, Equatable {
    /// How serious it is; the problems view lists the most serious first.
    public enum Severity: Int, Sendable, Comparable {
        /// Something is broken now: doors or keys do not work as set.
        case error
        /// Something needs attention or is on its way (issuing, deleting).
        case warning

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    public let code: String
    public let severity: Severity
    /// A few words for a table cell.
    public let words: String
    /// Seam's message, as it came.
    public let message: String
    /// What the front desk can do about it.
    public let advice: String

    public init(code: String, severity: Severity, words: String, message: String, advice: String) {
        self.code = code
        self.severity = severity
        self.words = words
        self.message = message
        self.advice = advice
    }

    public init(_ error: ResourceError) {
        self = ProblemCatalog.describe(code: error.errorCode.rawValue, severity: .error, message: error.message)
    }

    public init(_ warning: ResourceWarning) {
        self = ProblemCatalog.describe(code: warning.warningCode.rawValue, severity: .warning, message: warning.message)
    }

    /// The problems of a resource, errors first.
    public static func list(errors: [ResourceError], warnings: [ResourceWarning]) -> [Problem] {
        errors.map(Problem.init) + warnings.map(Problem.init)
    }

    /// The words of the first problem, and how many more there are ("failed to create +1"); an
    /// error is marked with "! " (the word ERROR does not fit a cell; the detail spells it out).
    public static func summary(_ problems: [Problem]) -> String? {
        guard let first = problems.first else { return nil }
        let words = problems.count == 1 ? first.words : "\(first.words) +\(problems.count - 1)"
        return first.severity == .error ? Self.errorMark + words : words
    }

    /// What a table cell puts before an error's words.
    public static let errorMark = "! "
}
