import Foundation
import SeamAPI

/// Where a credential stands, in words a front-desk user reads at a glance. Problems are
/// spelled out, never shown by colour alone. "Live" follows what Seam documents for Latch: within
/// its dates, not waiting to be issued, and its latest state synced with the building (or that
/// field absent); `is_issued` counts when present. Changes on their way (being deleted, new
/// dates not yet synced) say so.
public enum CredentialStatus: Sendable, Equatable {
    case issuing
    case live
    case scheduled
    case expired
    /// Seam is deleting it (`being_deleted`); it disappears by itself.
    case deleting
    /// A change (new dates, say) is on its way to the building.
    case updating
    /// An error or a warning that is not a change on its way.
    case problem(Problem)

    public init(_ credential: AcsCredential, now: Date) {
        let warnings = credential.warnings.map(Problem.init)
        if let error = credential.errors.first {
            self = .problem(Problem(error))
        } else if warnings.contains(where: { $0.code == "being_deleted" }) {
            self = .deleting
        } else if let ends = credential.endsAt, ends <= now {
            self = .expired
        } else if credential.isIssued == false || warnings.contains(where: { $0.code == "waiting_to_be_issued" }) {
            self = .issuing
        } else if credential.isLatestDesiredStateSyncedWithProvider == false {
            self = .updating
        } else if let starts = credential.startsAt, starts > now {
            self = .scheduled
        } else if let warning = warnings.first {
            self = .problem(warning)
        } else {
            self = .live
        }
    }

    /// A few words for a table cell.
    public var word: String {
        switch self {
        case .issuing: "issuing…"
        case .live: "live"
        case .scheduled: "scheduled"
        case .expired: "expired"
        case .deleting: "deleting…"
        case .updating: "updating…"
        case .problem(let problem): Problem.summary([problem]) ?? problem.words
        }
    }

    /// A sentence for the detail pane.
    public var sentence: String {
        switch self {
        case .issuing: "Issuing: the building's system has not confirmed the key yet."
        case .live: "Live: issued and within its dates."
        case .scheduled: "Scheduled: issued, and starts later."
        case .expired: "Expired: its end date has passed."
        case .deleting: "Deleting: Seam is removing it from the building; it disappears by itself."
        case .updating: "Updating: a change is on its way to the building."
        case .problem(let problem): "\(problem.severity == .error ? "Error" : "Warning"): \(problem.message)"
        }
    }

    /// Whether the credential is still changing (the console follows it until it settles).
    public var isChanging: Bool {
        switch self {
        case .issuing, .deleting, .updating: true
        default: false
        }
    }
}
