import ConsoleCore
import Foundation
import SeamAPI

extension ConsoleEffectRunner {
    /// Performs one wizard effect; every failure becomes `.failed` with the API's field errors.
    func runWizard(_ effect: WizardEffect) async -> ConsoleAction? {
        let serial = effect.serial
        do {
            return .wizard(try await performWizard(effect))
        } catch is CancellationError {
            return nil
        } catch {
            return .wizard(.failed(serial: serial, WizardFailure(error)))
        }
    }

    private func performWizard(_ effect: WizardEffect) async throws -> WizardAction {
        switch effect {
        case let .resolveIdentity(serial, email, fullName, phone):
            let found = try await client.userIdentities.list(UserIdentityListParameters(search: email))
            if let existing = found.items.first(where: { $0.emailAddress?.lowercased() == email.lowercased() }) {
                return .identityResolved(serial: serial, existing, created: false)
            }
            let identity = try await changes.audited("user_identity.create", resourceIDs: [], createdID: { $0.userIdentityId }) {
                try await client.userIdentities.create(UserIdentityCreateParameters(fullName: fullName, emailAddress: email, phoneNumber: phone))
            }
            return .identityResolved(serial: serial, identity.value, created: true, auditProblem: identity.auditProblem)
        case let .searchIdentities(serial, text):
            let found = try await client.userIdentities.list(UserIdentityListParameters(search: text))
            return .identitiesFound(serial: serial, Array(found.items.prefix(20)), search: text)
        case let .loadManagers(serial, systemID):
            return .managersLoaded(serial: serial, try await client.acs.systems.listCompatibleCredentialManagerAcsSystems(acsSystemId: systemID))
        case let .ensureEnrollment(serial, identityID, managerID):
            let existing = try await client.userIdentities.enrollmentAutomations.list(userIdentityId: identityID)
            if let reuse = existing.first(where: { $0.credentialManagerAcsSystemId == managerID }) {
                return .enrollmentReady(serial: serial, id: reuse.enrollmentAutomationId, launched: false)
            }
            let launched = try await changes.audited("enrollment_automation.launch", resourceIDs: [identityID, managerID],
                                                     createdID: { $0.enrollmentAutomationId }) {
                try await client.userIdentities.enrollmentAutomations.launch(
                    userIdentityId: identityID, credentialManagerAcsSystemId: managerID, createCredentialManagerUser: true)
            }
            return .enrollmentReady(serial: serial, id: launched.value.enrollmentAutomationId, launched: true, auditProblem: launched.auditProblem)
        case let .ensureAcsUser(serial, systemID, identityID, email, fullName, phone):
            let mine = try await client.acs.users.list(AcsUserListParameters(acsSystemId: systemID, userIdentityId: identityID))
            if let user = mine.items.first {
                return .acsUserReady(serial: serial, id: user.acsUserId, .alreadyLinked)
            }
            let sameEmail = try await client.acs.users.list(AcsUserListParameters(acsSystemId: systemID, search: email))
            if let user = sameEmail.items.first(where: { ($0.emailAddress ?? $0.email)?.lowercased() == email.lowercased() }) {
                let linked = try await changes.audited("user_identity.add_acs_user", resourceIDs: [identityID, user.acsUserId]) {
                    try await client.userIdentities.addAcsUser(userIdentityId: identityID, acsUserId: user.acsUserId)
                }
                return .acsUserReady(serial: serial, id: user.acsUserId, .linked, auditProblem: linked.auditProblem)
            }
            let user = try await changes.audited("acs_user.create", resourceIDs: [systemID, identityID], createdID: { $0.acsUserId }) {
                try await client.acs.users.create(AcsUserCreateParameters(
                    acsSystemId: systemID, fullName: fullName, emailAddress: email, phoneNumber: phone, userIdentityId: identityID))
            }
            return .acsUserReady(serial: serial, id: user.value.acsUserId, .created, auditProblem: user.auditProblem)
        case let .loadEntrances(serial, systemID):
            let page = try await client.acs.entrances.list(AcsEntranceListParameters(acsSystemId: systemID, limit: pageSize))
            return .entrancesLoaded(serial: serial, page.items.map(EntranceRow.init))
        case let .createKey(serial, acsUserID, entranceIDs, startsAt, endsAt):
            let credential = try await changes.audited("credential.create", resourceIDs: [acsUserID] + entranceIDs,
                                                       createdID: { $0.acsCredentialId }) {
                try await client.acs.credentials.create(AcsCredentialCreateParameters(
                    owner: .acsUserId(acsUserID), accessMethod: .mobileKey, allowedAcsEntranceIds: entranceIDs,
                    startsAt: startsAt, endsAt: endsAt, isMultiPhoneSyncCredential: true))
            }
            return .keyCreated(serial: serial, credential.value, auditProblem: credential.auditProblem)
        case let .followKey(serial, credentialID):
            let (followed, timedOut) = try await CredentialFollowing.follow([credentialID], client: client)
            let credential = followed[0] // one read per id asked
            let entrances = try await client.acs.credentials.listAccessibleEntrances(acsCredentialId: credentialID)
            return .keyFollowed(serial: serial, credential, entrances: entrances.map(\.displayName), timedOut: timedOut)
        case let .createGrant(serial, identityID, entranceIDs, startsAt, endsAt, withPIN, key):
            // The same methods the grant's key was worked out from.
            let methods = GrantKey.modes(withPIN: withPIN).map { AccessMethodRequest(mode: $0) }
            let grant = try await changes.audited("access_grant.create", resourceIDs: [identityID] + entranceIDs,
                                                  createdID: { $0.accessGrantId }) {
                try await client.accessGrants.create(AccessGrantCreateParameters(
                    grantee: .userIdentityId(identityID), requestedAccessMethods: methods, acsEntranceIds: entranceIDs,
                    startsAt: startsAt, endsAt: endsAt, accessGrantKey: key))
            }
            return .grantCreated(serial: serial, grant.value, auditProblem: grant.auditProblem)
        case let .followGrant(serial, grantID):
            let (methods, timedOut) = try await CredentialFollowing.followGrant(grantID, client: client)
            let grant = try await client.accessGrants.get(.accessGrantId(grantID))
            let related = try await client.accessGrants.getRelated(accessGrantIds: [grantID], include: [.acsEntrances])
            return .grantFollowed(serial: serial, grant, methods: methods, entrances: related.acsEntrances.map(\.displayName), timedOut: timedOut)
        case let .remove(serial, made):
            return await remove(made, serial: serial)
        }
    }

    /// Deletes newest first, each removal audited; goes on after a failure and reports each.
    private func remove(_ made: WizardMade, serial: Date) async -> WizardAction {
        var done: [String] = []
        var problems: [String] = []
        func attempt(_ what: String, _ action: String, _ ids: [String], _ body: @Sendable () async throws -> Void) async {
            do {
                let removal = try await changes.audited(action, resourceIDs: ids, body)
                done.append(what)
                if let problem = removal.auditProblem { problems.append("\(what), but the audit log was not written: \(problem)") }
            } catch {
                problems.append("\(what): \(WizardFailure(error).message)")
            }
        }
        let client = self.client
        if let id = made.grantID {
            // Seam revokes the credentials behind the grant with it.
            await attempt("Access Grant deleted", "access_grant.delete", [id]) { try await client.accessGrants.delete(accessGrantId: id) }
        }
        if let id = made.credentialID {
            await attempt("mobile key deleted", "credential.revoke", [id]) { try await client.acs.credentials.delete(acsCredentialId: id) }
        }
        if let userID = made.acsUserID {
            switch made.acsUserOutcome {
            case .created?:
                await attempt("ACS user deleted", "acs_user.delete", [userID]) { try await client.acs.users.delete(.acsUserId(userID)) }
            case .linked?:
                if let identityID = made.identityID {
                    await attempt("ACS user unlinked", "acs_user.unlink_identity", [userID, identityID]) {
                        try await client.userIdentities.removeAcsUser(userIdentityId: identityID, acsUserId: userID)
                    }
                }
            default: break
            }
        }
        if made.enrollmentLaunched, let id = made.enrollmentID {
            await attempt("enrollment automation deleted", "enrollment_automation.delete", [id]) {
                try await client.userIdentities.enrollmentAutomations.delete(enrollmentAutomationId: id)
            }
        }
        if made.identityCreated, let id = made.identityID {
            await attempt("user identity deleted", "user_identity.delete", [id]) { try await client.userIdentities.delete(userIdentityId: id) }
        }
        return .removed(serial: serial, done: done, problems: problems)
    }
}
