import Foundation

/// `:import` in the console: the path of a residents file, then the same job as `keydesk
/// import` (checked first, nothing sent when a row has a problem), its progress as the command
/// line shows it, and the summary.
public struct ImportScreenState: Sendable, Equatable {
    /// Where the import stands.
    public enum Phase: Sendable, Equatable {
        /// Typing the file's path.
        case askingPath
        /// Reading and checking the file.
        case checking
        /// The file has problems (one line each, with its line); nothing was sent.
        case refused([String])
        /// Rows being imported.
        case running(ImportTally)
        /// Esc was pressed: the rows in flight finish, the rest wait for the next run.
        case stopping(ImportTally)
        /// The summary, and the failed rows (one line each).
        case finished(summary: String, failures: [String])
    }

    /// Told apart from a later import, so late answers are dropped.
    public let serial: Date
    public var path = TextDraft()
    public var phase = Phase.askingPath
    /// A problem with what was typed (an empty path).
    public var pathProblem: String?
    /// How the keys are issued (the profile's `issue_with`), as `keydesk import` would.
    public let issuePath: IssuePath

    public init(serial: Date, issuePath: IssuePath = .acsCredentials) {
        self.serial = serial
        self.issuePath = issuePath
    }

    /// The tally while rows are imported.
    public var tally: ImportTally? {
        switch phase {
        case .running(let tally), .stopping(let tally): tally
        default: nil
        }
    }
}

/// The import's work for the effect runner.
public enum ImportEffect: Sendable, Equatable {
    /// Read and check the file, then run the job (answers `.checked` or `.finished`).
    case start(serial: Date, path: String, issueWith: IssuePath = .acsCredentials)
    /// The running job's tally now.
    case progress(serial: Date)
    /// Stop starting rows (those in flight finish; the journal keeps the rest).
    case stop(serial: Date)

    public var serial: Date {
        switch self {
        case .start(let serial, _, _), .progress(let serial), .stop(let serial): serial
        }
    }
}

/// Answers of the import's work.
public enum ImportAnswer: Sendable, Equatable {
    /// The file could not be imported: every problem, one line each.
    case refused(serial: Date, problems: [String])
    /// The running job's tally (nil while the file is still being checked).
    case progressed(serial: Date, ImportTally?)
    case finished(serial: Date, summary: String, failures: [String])

    public var serial: Date {
        switch self {
        case .refused(let serial, _), .progressed(let serial, _), .finished(let serial, _, _): serial
        }
    }
}
