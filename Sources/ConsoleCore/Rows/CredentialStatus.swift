import Foundation
import SeamAPI

/// Where a credential stands, in words a front-desk user reads at a glance. Problems are
/// spelled out, never shown by colour alone.
public enum CredentialStatus: Sendable, Equatable {
    case issuing
    case live
    case scheduled
    case expired
    case error(String)
    case warning(String)

    public init(_ credential: AcsCredential, now: Date) {
        if let error = credential.errors.first {
            self = .error(error.message)
        } else if let ends = credential.endsAt, ends <= now {
            self = .expired
        } else if credential.isIssued == false {
            self = .issuing
        } else if let starts = credential.startsAt, starts > now {
            self = .scheduled
        } else if let warning = credential.warnings.first {
            self = .warning(warning.message)
        } else {
            self = .live
        }
    }

    /// One word (or two) for a table cell.
    public var word: String {
        switch self {
        case .issuing: "issuing…"
        case .live: "live"
        case .scheduled: "scheduled"
        case .expired: "expired"
        case .error: "ERROR"
        case .warning: "warning"
        }
    }

    /// A sentence for the detail pane.
    public var sentence: String {
        switch self {
        case .issuing: "Issuing: the building's system has not confirmed the key yet."
        case .live: "Live: issued and within its dates."
        case .scheduled: "Scheduled: issued, and starts later."
        case .expired: "Expired: its end date has passed."
        case .error(let message): "Error: \(message)"
        case .warning(let message): "Warning: \(message)"
        }
    }
}
