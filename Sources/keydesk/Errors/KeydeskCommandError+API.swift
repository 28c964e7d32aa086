import ArgumentParser
import ConsoleCore
import SeamAPI

/// The exit code the README's "Commands" lists for a failed call to Seam, so scripts can tell "Seam is out of
/// reach, try later" (3) and "the key was refused, fix it" (4) from "this item failed" (1).
extension ExitCode {
    static func forFailure(_ kind: ConsoleFailure.Kind?) -> ExitCode {
        switch kind {
        case .unauthorized?: .keyRefused
        case .transient?: .apiUnavailable
        default: .someFailed
        }
    }
}

extension KeydeskCommandError {
    /// A call to Seam that failed before the command could do anything.
    init(api error: any Error) {
        let failure = ConsoleFailure(error)
        self.init(failure.message, exitCode: .forFailure(failure.kind))
    }
}
