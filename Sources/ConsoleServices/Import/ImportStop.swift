import ConsoleCore
import Foundation
import SeamAPI

/// Why an import stopped before its last row: nothing more could work until someone acts.
/// The rows not done stay in the journal, and running the same command again resumes.
public enum ImportStop: Sendable, Equatable {
    /// Seam refused the key.
    case keyRefused(String)
    /// Seam could not be reached (after the client's retries) for several rows in a row.
    case unavailable(String)
    /// A change was refused because its audit row could not be written, or the journal failed.
    case cannotRecord(String)
    /// Ctrl-C, a hang-up or the console's Esc.
    case interrupted

    /// Whether an API error must stop every worker instead of failing one row.
    static func stops(_ error: SeamAPIError) -> Bool {
        error.kind == .unauthorized || error.kind == .invalidConfiguration
    }

    public var message: String {
        switch self {
        case .keyRefused(let message), .unavailable(let message), .cannotRecord(let message): message
        case .interrupted: "interrupted"
        }
    }
}
