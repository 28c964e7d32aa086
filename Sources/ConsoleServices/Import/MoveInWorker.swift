import ConsoleCore
import Foundation
import SeamAPI

/// Gives one resident of an import their key, in the Latch flow of the wizard and of Seam's
/// current guide: the user identity (reused when one has the email), the enrollment automation
/// with the building's credential manager (for a mobile key, where there is one), and the
/// credential, created for the identity in the building so that Seam links the building's user
/// with the same email or creates one (`acs/credentials/create` with `user_identity_id` and
/// `acs_system_id`). The enrollment and the key go side by side. Each step is journaled as
/// sent before its call and as answered after, and an unanswered step is looked up, not resent.
///
/// For a profile that issues through Access Grants (`issue_with = "access_grants"`) the key is
/// one Access Grant for the identity instead (Seam makes the building's user and credentials
/// behind it, so there is no enrollment step), with keydesk's `access_grant_key`, as the wizard
/// and `keydesk issue` make it.
struct MoveInWorker: Sendable {
    let client: SeamClient
    let calls: CheckedChanges
    let journal: ImportJournal
    let fileHash: String
    /// Identities that existed when the import started, by lower-cased email.
    let residents: [String: UserIdentity]
    /// How keys are issued (the profile's `issue_with`).
    let issuePath: IssuePath
    let now: @Sendable () -> Date

    /// Runs the row from where `start` left it; returns its progress with an outcome, or throws
    /// what must stop the whole import (a refused key, an audit log that cannot be written,
    /// cancellation).
    func run(_ moveIn: MoveIn, from start: MoveInProgress) async throws -> MoveInProgress {
        var begun = start
        begun.outcome = nil
        let recorder = MoveInRecorder(begun, moveIn: moveIn, journal: journal, fileHash: fileHash)
        do {
            let identity = try await ensureIdentity(moveIn, recorder)
            async let enrollment: Void = ensureEnrollment(moveIn, identityID: identity.id, wasNew: identity.isNew, recorder)
            switch issuePath {
            case .acsCredentials: try await ensureKey(moveIn, identityID: identity.id, wasNew: identity.isNew, recorder)
            case .accessGrants: try await ensureGrant(moveIn, identityID: identity.id, wasNew: identity.isNew, recorder)
            }
            try await enrollment
            try await recorder.update { $0.outcome = .done }
        } catch let error as SeamAPIError where !ImportStop.stops(error) {
            try await recorder.update { $0.outcome = .failed(ConsoleFailure(error).message) }
            if error.kind == .unreachable || error.kind == .timeout {
                throw UnreachableRow(progress: await recorder.progress, error: error)
            }
        }
        return await recorder.progress
    }

    // MARK: - Identity

    private func ensureIdentity(_ moveIn: MoveIn, _ recorder: MoveInRecorder) async throws -> (id: String, isNew: Bool) {
        let progress = await recorder.progress
        if let id = progress.identityID { return (id, progress.identityCreated == true) }
        let email = moveIn.email
        if let known = residents[email.lowercased()] {
            try await recorder.update { $0.identityID = known.userIdentityId; $0.identityCreated = false }
            return (known.userIdentityId, false)
        }
        let lookup: @Sendable () async throws -> UserIdentity? = { [client] in
            try await client.userIdentities.list(UserIdentityListParameters(search: email)).items
                .first { $0.emailAddress?.lowercased() == email.lowercased() }
        }
        if progress.unanswered.contains(.identity), let found = try await calls.read(lookup) {
            try await recorder.update { $0.identityID = found.userIdentityId; $0.identityCreated = true; $0.unanswered.remove(.identity) }
            return (found.userIdentityId, true)
        }
        try await recorder.update { $0.unanswered.insert(.identity) }
        let client = self.client
        let parameters = UserIdentityCreateParameters(fullName: moveIn.fullName, emailAddress: email, phoneNumber: moveIn.phone)
        let outcome = try await calls.create("user_identity.create", resourceIDs: [], createdID: { $0.userIdentityId },
                                             conflicts: ["user_identity_email_address_taken"], lookup: lookup) {
            try await client.userIdentities.create(parameters)
        }
        let (identity, isNew): (UserIdentity, Bool) = switch outcome {
        case .created(let made, _), .confirmed(let made): (made, true)
        case .existed(let found): (found, false)
        }
        try await recorder.update { $0.identityID = identity.userIdentityId; $0.identityCreated = isNew; $0.unanswered.remove(.identity) }
        return (identity.userIdentityId, isNew)
    }

    // MARK: - Enrollment

    private func ensureEnrollment(_ moveIn: MoveIn, identityID: String, wasNew: Bool, _ recorder: MoveInRecorder) async throws {
        guard issuePath == .acsCredentials, moveIn.method == .mobileKey, let managerID = moveIn.building.credentialManagerID else { return }
        let progress = await recorder.progress
        if progress.enrollmentID != nil { return }
        let client = self.client
        let lookup: @Sendable () async throws -> EnrollmentAutomation? = {
            try await client.userIdentities.enrollmentAutomations.list(userIdentityId: identityID)
                .first { $0.credentialManagerAcsSystemId == managerID }
        }
        let unanswered = progress.unanswered.contains(.enrollment)
        if !wasNew || unanswered, let found = try await calls.read(lookup) {
            try await recorder.update {
                $0.enrollmentID = found.enrollmentAutomationId; $0.enrollmentLaunched = unanswered; $0.unanswered.remove(.enrollment)
            }
            return
        }
        try await recorder.update { $0.unanswered.insert(.enrollment) }
        let outcome = try await calls.create("enrollment_automation.launch", resourceIDs: [identityID, managerID],
                                             createdID: { $0.enrollmentAutomationId }, lookup: lookup) {
            try await client.userIdentities.enrollmentAutomations.launch(
                userIdentityId: identityID, credentialManagerAcsSystemId: managerID, createCredentialManagerUser: true)
        }
        let automation: EnrollmentAutomation = switch outcome {
        case .created(let made, _), .confirmed(let made), .existed(let made): made
        }
        try await recorder.update {
            $0.enrollmentID = automation.enrollmentAutomationId; $0.enrollmentLaunched = true; $0.unanswered.remove(.enrollment)
        }
    }

    // MARK: - Key

    private func ensureKey(_ moveIn: MoveIn, identityID: String, wasNew: Bool, _ recorder: MoveInRecorder) async throws {
        let progress = await recorder.progress
        if progress.credentialID != nil { return }
        let client = self.client
        let systemID = moveIn.building.id
        let method = moveIn.method.accessMode
        let entranceIDs = moveIn.entranceIDs
        let now = self.now
        let lookup: @Sendable () async throws -> AcsCredential? = {
            try await ExistingKey.find(client: client, owner: AcsCredentialListParameters(acsSystemId: systemID, userIdentityId: identityID),
                                       method: method, entranceIDs: entranceIDs, now: now())
        }
        let unanswered = progress.unanswered.contains(.key)
        if !wasNew || unanswered, let found = try await calls.read(lookup) {
            try await recorder.update {
                $0.credentialID = found.acsCredentialId; $0.acsUserID = found.acsUserId
                $0.credentialExisted = !unanswered; $0.unanswered.remove(.key)
            }
            return
        }
        try await recorder.update { $0.unanswered.insert(.key) }
        let parameters = AcsCredentialCreateParameters(
            owner: .userIdentity(userIdentityId: identityID, acsSystemId: systemID), accessMethod: method,
            allowedAcsEntranceIds: entranceIDs, startsAt: moveIn.startsAt, endsAt: moveIn.endsAt,
            isMultiPhoneSyncCredential: moveIn.method == .mobileKey ? true : nil)
        let outcome = try await calls.create("credential.create", resourceIDs: [identityID, systemID] + entranceIDs,
                                             createdID: { $0.acsCredentialId }, lookup: lookup) {
            try await client.acs.credentials.create(parameters)
        }
        let credential: AcsCredential = switch outcome {
        case .created(let made, _), .confirmed(let made), .existed(let made): made
        }
        try await recorder.update {
            $0.credentialID = credential.acsCredentialId; $0.acsUserID = credential.acsUserId
            $0.credentialExisted = false; $0.unanswered.remove(.key)
        }
    }

    // MARK: - Access Grant

    /// The key through one Access Grant: a mobile key, or for a PIN row a PIN alone. A grant the
    /// resident holds for the same entrances and method is kept (as `ensureKey` keeps a credential).
    private func ensureGrant(_ moveIn: MoveIn, identityID: String, wasNew: Bool, _ recorder: MoveInRecorder) async throws {
        let progress = await recorder.progress
        if progress.grantID != nil { return }
        let client = self.client
        let entranceIDs = moveIn.entranceIDs
        let modes = [moveIn.method.accessMode]
        let key = GrantKey.of(identityID: identityID, systemID: moveIn.building.id, entranceIDs: entranceIDs,
                              startsAt: moveIn.startsAt, endsAt: moveIn.endsAt, modes: modes)
        let now = self.now
        let lookup: @Sendable () async throws -> AccessGrant? = {
            // The grant this row's key names (a lost answer), else one held for the same doors.
            if let made = try await client.accessGrants.list(AccessGrantListParameters(accessGrantKey: key)).items.first { return made }
            let held = try await HeldGrants.read(client: client, identityID: identityID)
            return HeldGrant.same(in: held, entranceIDs: entranceIDs, modes: modes, now: now())?.grant
        }
        let unanswered = progress.unanswered.contains(.key)
        if !wasNew || unanswered, let found = try await calls.read(lookup) {
            try await recorder.update { $0.grantID = found.accessGrantId; $0.credentialExisted = !unanswered; $0.unanswered.remove(.key) }
            return
        }
        try await recorder.update { $0.unanswered.insert(.key) }
        let parameters = AccessGrantCreateParameters(
            grantee: .userIdentityId(identityID), requestedAccessMethods: modes.map { AccessMethodRequest(mode: $0) },
            acsEntranceIds: entranceIDs, startsAt: moveIn.startsAt, endsAt: moveIn.endsAt, accessGrantKey: key)
        let outcome = try await calls.create("access_grant.create", resourceIDs: [identityID] + entranceIDs,
                                             createdID: { $0.accessGrantId }, lookup: lookup) {
            try await client.accessGrants.create(parameters)
        }
        let grant: AccessGrant = switch outcome {
        case .created(let made, _), .confirmed(let made), .existed(let made): made
        }
        try await recorder.update { $0.grantID = grant.accessGrantId; $0.credentialExisted = false; $0.unanswered.remove(.key) }
    }
}

/// A row that failed because Seam could not be reached: recorded as failed, and counted by the
/// job, which stops when several rows in a row end so.
struct UnreachableRow: Error {
    let progress: MoveInProgress
    let error: SeamAPIError
}
