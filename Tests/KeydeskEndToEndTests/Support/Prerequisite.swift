import Foundation
import Testing

/// Something an end-to-end test needs from the machine (tmux, sshd, Python). Outside CI a
/// missing prerequisite cancels the test with its reason, so the run shows it as skipped and
/// why; under `CI=true` it fails the test, naming what to install, because CI must run it.
enum Prerequisite {
    static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    /// Thrown under CI when a prerequisite is missing; the test fails with this message.
    struct Missing: Error, CustomStringConvertible {
        let description: String
    }

    /// Does nothing when `unavailableReason` is nil; otherwise cancels the test (outside CI)
    /// or fails it (under CI) with the reason.
    static func require(_ unavailableReason: String?, isCI: Bool = Prerequisite.isCI,
                        sourceLocation: SourceLocation = #_sourceLocation) throws {
        guard let reason = unavailableReason else { return }
        if isCI {
            throw Missing(description: "CI must run this test, but \(reason)")
        }
        try Test.cancel(Comment(rawValue: "skipped: \(reason)"), sourceLocation: sourceLocation)
    }
}
