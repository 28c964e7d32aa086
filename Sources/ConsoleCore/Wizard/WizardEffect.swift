import Foundation
import SeamAPI

/// API work the wizard asks for; each carries the wizard's serial so late answers are dropped.
public enum WizardEffect: Sendable, Equatable {
    /// Reuse the identity with this email, or create one.
    case resolveIdentity(serial: Date, email: String, fullName: String, phone: String?)
    /// Identities whose name or email matches (`user_identities/list` with `search`).
    case searchIdentities(serial: Date, text: String)
    case loadManagers(serial: Date, systemID: String)
    /// Reuse the identity's automation for this manager, or launch one.
    case ensureEnrollment(serial: Date, identityID: String, managerID: String)
    /// Link the building's user with this email, or create one.
    case ensureAcsUser(serial: Date, systemID: String, identityID: String, email: String, fullName: String, phone: String?)
    case loadEntrances(serial: Date, systemID: String)
    case createKey(serial: Date, acsUserID: String, entranceIDs: [String], startsAt: Date, endsAt: Date)
    /// Poll the credential until issued (every 0.5 s, up to 30 s), then list its entrances.
    case followKey(serial: Date, credentialID: String)
    /// Through an Access Grant: one `access_grants/create` for the identity, entrances and dates,
    /// a mobile key and (if asked) a PIN; `key` is its `access_grant_key`, so a retry makes no second grant.
    case createGrant(serial: Date, identityID: String, entranceIDs: [String], startsAt: Date, endsAt: Date, withPIN: Bool, key: String)
    /// Poll the grant's access methods until every one is issued (bounded), then its entrances.
    case followGrant(serial: Date, grantID: String)
    /// Delete what the wizard made, newest first.
    case remove(serial: Date, WizardMade)
}

/// Answers of wizard effects. Answers about a change carry `auditProblem` when the change was
/// made but its audit row could not be written, so the wizard says so.
public enum WizardAction: Sendable {
    case identityResolved(serial: Date, UserIdentity, created: Bool, auditProblem: String? = nil)
    case identitiesFound(serial: Date, [UserIdentity], search: String)
    case managersLoaded(serial: Date, [AcsSystem])
    case enrollmentReady(serial: Date, id: String, launched: Bool, auditProblem: String? = nil)
    case acsUserReady(serial: Date, id: String, AcsUserOutcome, auditProblem: String? = nil)
    case entrancesLoaded(serial: Date, [EntranceRow])
    case keyCreated(serial: Date, AcsCredential, auditProblem: String? = nil)
    case keyFollowed(serial: Date, AcsCredential, entrances: [String], timedOut: Bool)
    case grantCreated(serial: Date, AccessGrant, auditProblem: String? = nil)
    case grantFollowed(serial: Date, AccessGrant, methods: [AccessMethod], entrances: [String], timedOut: Bool)
    case removed(serial: Date, done: [String], problems: [String])
    case failed(serial: Date, WizardFailure)
}

/// A failed wizard call: the message, and the API's validation errors by wizard field.
public typealias WizardFailure = FlowFailure<WizardField>

extension WizardField: FormField {
    /// API parameter names and the wizard field each belongs to.
    public static var apiParameters: [(String, WizardField)] {
        [
            ("email_address", .email), ("full_name", .fullName), ("phone_number", .phone),
            ("allowed_acs_entrance_ids", .entrances), ("starts_at", .start), ("ends_at", .end),
            ("credential_manager_acs_system_id", .manager), ("acs_entrance_ids", .entrances),
        ]
    }
}
