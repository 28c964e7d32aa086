import Foundation

/// The import screen's reducer: its commands, the path typed, and the answers of its work.
extension ImportScreenState {
    /// A command: the work it asks for, and whether the screen closes.
    mutating func perform(_ command: ImportScreenCommand) -> (effects: [ImportEffect], close: Bool) {
        switch (command, phase) {
        case (.accept, .askingPath):
            let typed = path.text.trimmingCharacters(in: .whitespaces)
            guard !typed.isEmpty else {
                pathProblem = "Type the path of a residents file (CSV)."
                return ([], false)
            }
            phase = .checking
            return ([.start(serial: serial, path: typed, issueWith: issuePath)], false)
        case (.stop, .running(let tally)):
            phase = .stopping(tally)
            return ([.stop(serial: serial)], false)
        case (.stop, .checking):
            return ([.stop(serial: serial)], false)
        case (.close, .askingPath), (.close, .refused), (.close, .finished):
            return ([], true)
        default:
            return ([], false)
        }
    }

    /// A key typed into the path.
    mutating func type(_ key: Key) {
        guard phase == .askingPath else { return }
        _ = path.apply(key)
        pathProblem = nil
    }

    mutating func paste(_ text: String) {
        guard phase == .askingPath else { return }
        path.insert(text)
        pathProblem = nil
    }

    /// An answer of the import's work.
    mutating func receive(_ answer: ImportAnswer) {
        switch answer {
        case .refused(_, let problems):
            phase = .refused(problems)
        case .progressed(_, let tally?):
            switch phase {
            case .checking, .running: phase = .running(tally)
            case .stopping: phase = .stopping(tally)
            default: break
            }
        case .progressed(_, nil):
            break
        case let .finished(_, summary, failures):
            phase = .finished(summary: summary, failures: failures)
        }
    }

    /// Whether the job is being checked or run (its progress is asked for).
    var isWorking: Bool {
        switch phase {
        case .checking, .running, .stopping: true
        case .askingPath, .refused, .finished: false
        }
    }
}
