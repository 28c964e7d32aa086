import Foundation

/// How far one row of an import has got: the ids of what exists for it, and the calls that
/// were sent but not answered. The journal keeps it, so a run stopped anywhere (Ctrl-C,
/// kill -9, a dropped SSH session) is resumed without creating anything twice: a step in
/// `unanswered` is looked up before it is sent again.
public struct MoveInProgress: Sendable, Equatable, Codable {
    public var identityID: String?
    /// Whether this import created the identity (false: the resident existed).
    public var identityCreated: Bool?
    public var enrollmentID: String?
    public var enrollmentLaunched: Bool?
    /// The building's user for the resident (created or linked by Seam with the key).
    public var acsUserID: String?
    public var credentialID: String?
    /// Through Access Grants (`issue_with = "access_grants"`): the resident's grant, in place of a credential.
    public var grantID: String?
    /// Whether the key (the credential or the grant) was there before this import (found, not created).
    public var credentialExisted: Bool?
    /// Calls sent whose answers were not recorded: their outcome is unknown.
    public var unanswered: Set<MoveInStep>
    public var outcome: MoveInOutcome?

    public init() {
        unanswered = []
    }

    public var isFinished: Bool { outcome != nil }
}

/// The changes the import makes for a row.
public enum MoveInStep: String, Sendable, Equatable, Hashable, Codable {
    case identity, enrollment, key
}

/// How a row ended.
public enum MoveInOutcome: Sendable, Equatable, Codable {
    /// The resident holds the key (made now, or found).
    case done
    /// The row could not be imported; running again tries it again.
    case failed(String)

    public var failureMessage: String? {
        if case .failed(let message) = self { return message }
        return nil
    }
}
