import Foundation

/// What `keydesk issue` asks for: the resident, the building, the entrances and the dates, as
/// the wizard's steps would be answered on screen, plus what the screen decides by hand (which
/// credential manager when there are several, another key when one exists, waiting or not).
public struct IssueRequest: Sendable, Equatable {
    public var email: String
    public var fullName: String
    public var phone: String?
    public var building: SystemScope
    public var entranceIDs: [String]
    public var startsAt: Date
    public var endsAt: Date
    public var method: MoveInMethod
    /// A credential manager's name or id, for a building with several.
    public var credentialManager: String?
    /// Issue even when the resident already holds the same key (`--new`).
    public var evenIfHeld: Bool
    /// Follow the key until the building issues it (not with `--no-wait`).
    public var followToIssued: Bool
    /// How the key is issued (the profile's `issue_with`), as the wizard on screen would.
    public var path: IssuePath
    /// Through an Access Grant: a PIN with the mobile key (`--with-pin`), as the wizard's PIN box.
    public var withPIN: Bool

    public init(email: String, fullName: String, phone: String?, building: SystemScope, entranceIDs: [String],
                startsAt: Date, endsAt: Date, method: MoveInMethod, credentialManager: String? = nil,
                evenIfHeld: Bool = false, followToIssued: Bool = true, path: IssuePath = .acsCredentials, withPIN: Bool = false) {
        self.email = email
        self.fullName = fullName
        self.phone = phone
        self.building = building
        self.entranceIDs = entranceIDs
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.method = method
        self.credentialManager = credentialManager
        self.evenIfHeld = evenIfHeld
        self.followToIssued = followToIssued
        self.path = path
        self.withPIN = withPIN
    }
}
