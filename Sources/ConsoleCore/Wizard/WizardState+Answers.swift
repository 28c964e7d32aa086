import Foundation
import SeamAPI

/// The answers of the wizard's API work. Answers carry the wizard's serial; those of an
/// earlier wizard are dropped by the caller.
extension WizardState {
    public mutating func receive(_ answer: WizardAction) -> WizardUpdate {
        var effects: [WizardEffect] = []
        switch answer {
        case let .identityResolved(_, identity, created, auditProblem):
            noteAuditProblem(auditProblem)
            made.identityID = identity.userIdentityId
            made.identityCreated = created
            log.append(created ? "Created the user identity \(identity.emailAddress ?? identity.displayName)."
                               : "Reused the existing user identity \(identity.emailAddress ?? identity.displayName).")
            if !created, let name = identity.fullName, !name.isEmpty { resident.fullName = TextDraft(name) }
            if !created, let phone = identity.phoneNumber { resident.phone = TextDraft(phone) }
            busy = nil
            effects = advance(to: .manager)
        case let .identitiesFound(_, identities, search):
            busy = nil
            identityMatches = identities.isEmpty ? nil : identities
            matchCursor = 0
            fieldErrors[.email] = identities.isEmpty ? "No resident matches “\(search)”; type their email to create one." : nil
        case let .managersLoaded(_, managers):
            busy = nil
            self.managers = managers
            if managers.isEmpty {
                // Seam's current Latch flow: no manager, no enrollment; the ACS user linked to the
                // identity and its multi-phone-sync key are enough.
                withoutManager = true
                log.append("This building has no credential manager: the key is issued the current way (identity, building user, key).")
                step = .acsUser
                effects = retry()
            } else if managers.count == 1 {
                managerID = managers[0].acsSystemId
                managerName = managers[0].name
                log.append("Credential manager: \(managers[0].name) (the building's only one).")
                effects = advance(to: .enrollment)
            }
        case let .enrollmentReady(_, id, launched, auditProblem):
            noteAuditProblem(auditProblem)
            busy = nil
            made.enrollmentID = id
            made.enrollmentLaunched = launched
            log.append(launched ? "Launched the enrollment automation." : "Reused the existing enrollment automation.")
            effects = advance(to: .acsUser)
        case let .acsUserReady(_, id, outcome, auditProblem):
            noteAuditProblem(auditProblem)
            busy = nil
            made.acsUserID = id
            made.acsUserOutcome = outcome
            switch outcome {
            case .created: log.append("Created a new ACS user in the building.")
            case .linked: log.append("Linked the building's existing ACS user with the same email.")
            case .alreadyLinked: log.append("The identity already has a user in this building.")
            }
            effects = advance(to: .key)
        case let .entrancesLoaded(_, rows):
            busy = nil
            entrances = rows
        case let .keyCreated(serial, credential, auditProblem):
            made.credentialID = credential.acsCredentialId
            self.credential = credential
            effects = follow(.followKey(serial: serial, credentialID: credential.acsCredentialId), auditProblem: auditProblem,
                             saying: "Created the mobile key.", waiting: "Waiting for Latch to issue the key…")
        case let .grantCreated(serial, grant, auditProblem):
            made.grantID = grant.accessGrantId
            self.grant = grant
            effects = follow(.followGrant(serial: serial, grantID: grant.accessGrantId), auditProblem: auditProblem,
                             saying: "Created the Access Grant (Seam made the building's user and the key).",
                             waiting: "Waiting for Latch to issue every access method of the grant…")
        case let .grantFollowed(_, grant, methods, entrances, timedOut):
            busy = nil
            self.grant = grant
            grantMethods = methods
            issued = methods.areAllIssued
            followTimedOut = timedOut
            accessibleEntrances = entrances
        case let .keyFollowed(_, credential, entrances, timedOut):
            busy = nil
            self.credential = credential
            issued = credential.isIssued == true
            followTimedOut = timedOut
            accessibleEntrances = entrances
        case let .removed(_, done, problems):
            let text = problems.isEmpty ? "Removed: " + done.joined(separator: ", ") + "."
                : "Removal incomplete. " + problems.joined(separator: "; ")
            return WizardUpdate(exit: .closeSaying(problems.isEmpty ? .info : .error, text))
        case let .failed(serial, failure) where step == .manager && failure.isNotFound:
            // The credential-manager routes are on their way out of Seam: a workspace without
            // them goes on the current way, as a building without a manager does.
            return receive(.managersLoaded(serial: serial, []))
        case let .failed(_, failure):
            busy = nil
            self.failure = failure.message
            for (field, message) in failure.fieldErrors { fieldErrors[field] = message }
            if step == .result, !isMade, !failure.fieldErrors.isEmpty { step = .key }
        }
        return WizardUpdate(effects: effects)
    }

    /// The key (or grant) was made: say so, and follow it until it is issued.
    private mutating func follow(_ effect: WizardEffect, auditProblem: String?, saying done: String, waiting: String) -> [WizardEffect] {
        noteAuditProblem(auditProblem)
        log.append(done)
        busy = waiting
        return [effect]
    }

    /// A change was made but not written to the audit log: the wizard's log says so.
    private mutating func noteAuditProblem(_ problem: String?) {
        if let problem { log.append("The audit log was not written: \(problem)") }
    }
}

extension WizardAction {
    /// The serial of the wizard the answer belongs to.
    public var serial: Date {
        switch self {
        case .identityResolved(let serial, _, _, _), .identitiesFound(let serial, _, _), .managersLoaded(let serial, _),
             .enrollmentReady(let serial, _, _, _), .acsUserReady(let serial, _, _, _), .entrancesLoaded(let serial, _),
             .keyCreated(let serial, _, _), .keyFollowed(let serial, _, _, _), .removed(let serial, _, _), .failed(let serial, _),
             .grantCreated(let serial, _, _), .grantFollowed(let serial, _, _, _, _):
            serial
        }
    }
}

extension WizardEffect {
    /// The serial of the wizard that asked.
    public var serial: Date {
        switch self {
        case .resolveIdentity(let serial, _, _, _), .searchIdentities(let serial, _), .loadManagers(let serial, _),
             .ensureEnrollment(let serial, _, _), .ensureAcsUser(let serial, _, _, _, _, _), .loadEntrances(let serial, _),
             .createKey(let serial, _, _, _, _), .followKey(let serial, _), .remove(let serial, _),
             .createGrant(let serial, _, _, _, _, _, _), .followGrant(let serial, _):
            serial
        }
    }

    /// True for the calls that create, link or delete something.
    public var changesData: Bool {
        switch self {
        case .resolveIdentity, .ensureEnrollment, .ensureAcsUser, .createKey, .createGrant, .remove: true
        case .searchIdentities, .loadManagers, .loadEntrances, .followKey, .followGrant: false
        }
    }
}
