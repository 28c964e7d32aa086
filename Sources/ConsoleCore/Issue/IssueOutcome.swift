import Foundation
import SeamAPI

/// What `keydesk issue` did: the wizard's own account of each step, the ids, and the key (made
/// now, or found because the resident already held it).
public struct IssueOutcome: Sendable, Equatable {
    /// What was done, in the wizard's words, in order.
    public let log: [String]
    public let identityID: String?
    public let acsUserID: String?
    public let key: IssuedKey
    /// The resident already held this key; nothing new was issued.
    public let existed: Bool
    /// Whether the key was followed until issued (not with `--no-wait`, nor for an existing key).
    public let followed: Bool
    public let issued: Bool
    /// Followed for the wizard's whole wait without being issued.
    public let followTimedOut: Bool
    /// The names of the entrances it opens, when followed.
    public let accessibleEntrances: [String]

    /// The ACS credential, when the key is one (not through an Access Grant).
    public var credential: AcsCredential? {
        if case .credential(let credential) = key { return credential }
        return nil
    }
}

/// The key `keydesk issue` made or found: an ACS credential (the Latch guide's way), or an Access
/// Grant with its access methods (`issue_with = "access_grants"`).
public enum IssuedKey: Sendable, Equatable {
    case credential(AcsCredential)
    case grant(AccessGrant, methods: [AccessMethod])

    /// The id a script keeps: the credential's, or the grant's.
    public var id: String {
        switch self {
        case .credential(let credential): credential.acsCredentialId
        case .grant(let grant, _): grant.accessGrantId
        }
    }
}

/// Why `keydesk issue` stopped: the wizard's message, and whether the input was at fault (the
/// command line must change) or the API refused or failed.
public struct IssueFailure: Error, Sendable, Equatable {
    public let message: String
    public let isInputProblem: Bool
    /// How the API failed, when the failing call is known (the wizard's own steps keep only
    /// their message).
    public let kind: ConsoleFailure.Kind?
    /// What the wizard had done before it stopped, in its words.
    public let log: [String]

    public init(_ message: String, isInputProblem: Bool = false, kind: ConsoleFailure.Kind? = nil, log: [String] = []) {
        self.message = message
        self.isInputProblem = isInputProblem
        self.kind = kind
        self.log = log
    }
}
