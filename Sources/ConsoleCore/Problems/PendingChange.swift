import Foundation
import SeamAPI

/// A change Seam is still pushing to the building (an ACS user's `pending_mutations[]`), in the
/// words a row shows while it lasts ("suspending…"); the console follows it until it is done.
public struct PendingChange: Sendable, Equatable {
    public let code: String
    /// A few words ending in "…".
    public let words: String

    public init(_ mutation: PendingMutation) {
        code = mutation.mutationCode.rawValue
        words = Self.words(for: mutation)
    }

    private static func words(for mutation: PendingMutation) -> String {
        switch mutation.mutationCode {
        case .creating: return "creating…"
        case .deleting: return "deleting…"
        case .deferringCreation: return "to be created…"
        case .updatingUserInformation: return "updating details…"
        case .updatingAccessSchedule: return "updating dates…"
        case .updatingSuspensionState:
            if case .object(let target)? = mutation.to, case .bool(let suspended)? = target["is_suspended"] {
                return suspended ? "suspending…" : "unsuspending…"
            }
            return "updating suspension…"
        case .updatingGroupMembership, .deferringGroupMembershipUpdate: return "updating access…"
        case .updatingCredentialAssignment: return "updating keys…"
        case .updatingAccessTimes: return "updating dates…"
        case .provisioningAccess: return "giving access…"
        case .revokingAccess: return "revoking…"
        default: return mutation.mutationCode.rawValue.replacingOccurrences(of: "_", with: " ") + "…"
        }
    }
}
