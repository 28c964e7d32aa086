import ConsoleCore
@testable import ConsoleServices
import Foundation
import KeydeskTestSupport
import SeamAPI
import SeamSandbox
import Testing

/// The bulk move-in against an in-process sandbox: every row gets its identity, enrollment and
/// key with audit rows; a second run, or a run with a fresh journal, makes nothing new; a create
/// whose answer was lost is looked up, not repeated.
@Suite struct ImportJobTests {
    let emails = (1...5).map { "move.in.\($0)@example.com" }

    func withImport(_ body: (SeamClient, ImportPlan, TemporaryDirectory) async throws -> Void) async throws {
        let sandbox = try await Sandbox.start(SandboxOptions(seed: .demo, issueDelay: .zero))
        let client = SeamClient(configuration: try SeamConfiguration(apiKey: sandbox.apiKey, endpoint: sandbox.baseURL))
        let directory = try TemporaryDirectory()
        do {
            let lines = ["email,full name,building,entrances,ends"]
                + emails.enumerated().map { "\($1),Resident \($0),Maple Court,Main Entrance,2099-01-01" }
            let file = try directory.write(lines.joined(separator: "\n"), to: "residents.csv", mode: 0o600)
            let residents = try ResidentsFile(path: file)
            let columns = try ResidentColumns.match(header: residents.header)
            let loaded = try await ImportDirectoryLoader.load(client: client, named: ["Maple Court"])
            let checked = ResidentValidation.validate(residents.records, columns: columns, directory: loaded, now: Date())
            #expect(checked.problems.isEmpty, "\(checked.problems)")
            try await body(client, ImportPlan(fileName: residents.name, fileHash: residents.sha256, moveIns: checked.moveIns, problems: []), directory)
        } catch {
            try await sandbox.shutdown()
            throw error
        }
        try await sandbox.shutdown()
    }

    func job(_ client: SeamClient, journal: String, audit: AuditLog? = nil, issuePath: IssuePath = .acsCredentials) throws -> ImportJob {
        let recorder = audit.map { AuditRecorder(log: $0, context: AuditContext(osUser: "desk", sshClientAddress: nil, profile: nil, endpoint: "sandbox")) }
        return ImportJob(client: client, changes: recorder.map { $0 as any ChangeAuditing } ?? UnauditedChanges(),
                         journal: try ImportJournal(path: journal), concurrency: 3, issuePath: issuePath)
    }

    /// A journal as a run killed after sending `moveIn`'s key leaves it: the identity made, the
    /// key sent but its answer never recorded.
    func journalWithKeyUnanswered(_ moveIn: MoveIn, identityID: String, plan: ImportPlan, in directory: TemporaryDirectory) async throws -> ImportJournal {
        let journal = try ImportJournal(path: directory.path + "/journal.sqlite")
        var progress = MoveInProgress()
        progress.identityID = identityID
        progress.identityCreated = true
        progress.unanswered = [.key]
        try await journal.save(progress, of: moveIn, fileHash: plan.fileHash)
        return journal
    }

    /// Each resident's Access Grants, by email.
    func grants(_ client: SeamClient) async throws -> [String: [AccessGrant]] {
        var grants: [String: [AccessGrant]] = [:]
        for email in emails {
            let identity = try #require(try await client.userIdentities.list(UserIdentityListParameters(search: email)).items.first)
            grants[email] = try await client.accessGrants.paginate(AccessGrantListParameters(userIdentityId: identity.userIdentityId)).collectAll()
        }
        return grants
    }

    func keys(_ client: SeamClient) async throws -> [AcsCredential] {
        var keys: [AcsCredential] = []
        for email in emails {
            let identity = try #require(try await client.userIdentities.list(UserIdentityListParameters(search: email)).items.first)
            keys += try await client.acs.credentials.paginate(AcsCredentialListParameters(userIdentityId: identity.userIdentityId)).collectAll()
        }
        return keys
    }

    @Test func everyResidentGetsOneKeyWithAuditRowsAndASecondRunMakesNothing() async throws {
        try await withImport { client, plan, directory in
            let audit = try AuditLog(path: directory.path + "/audit.sqlite")
            let first = try await job(client, journal: directory.path + "/journal.sqlite", audit: audit).run(plan) { _ in }
            #expect(first.stop == nil)
            #expect(first.tally.created == 5 && first.tally.failed == 0)
            #expect(try await keys(client).count == 5)
            let rows = try await audit.entries()
            for action in ["user_identity.create", "enrollment_automation.launch", "credential.create"] {
                let attempts = rows.filter { $0.entry.action == action && $0.entry.kind == .attempt }
                let outcomes = rows.filter { $0.entry.action == action && $0.entry.kind == .outcome && $0.entry.outcome == .succeeded }
                #expect(attempts.count == 5 && outcomes.count == 5, "\(action): \(attempts.count) attempts, \(outcomes.count) outcomes")
            }
            let again = try await job(client, journal: directory.path + "/journal.sqlite", audit: audit).run(plan) { _ in }
            #expect(again.tally.resumed == 5 && again.tally.created == 0)
            #expect(try await audit.entries().count == rows.count, "nothing was attempted again")
        }
    }

    @Test func aFreshJournalFindsTheResidentsAndTheirKeys() async throws {
        try await withImport { client, plan, directory in
            _ = try await job(client, journal: directory.path + "/a.sqlite").run(plan) { _ in }
            let second = try await job(client, journal: directory.path + "/b.sqlite").run(plan) { _ in }
            #expect(second.tally.existing == 5 && second.tally.created == 0, "\(second.tally)")
            #expect(try await keys(client).count == 5)
        }
    }

    @Test func aCreateWhoseAnswerWasLostIsLookedUpNotSentAgain() async throws {
        try await withImport { client, plan, directory in
            let moveIn = plan.moveIns[0]
            // As if the last run was killed after sending the key: it exists, the journal only knows it was sent.
            let identity = try await client.userIdentities.create(UserIdentityCreateParameters(fullName: moveIn.fullName, emailAddress: moveIn.email))
            let made = try await client.acs.credentials.create(AcsCredentialCreateParameters(
                owner: .userIdentity(userIdentityId: identity.userIdentityId, acsSystemId: moveIn.building.id), accessMethod: .mobileKey,
                allowedAcsEntranceIds: moveIn.entranceIDs, startsAt: moveIn.startsAt, endsAt: moveIn.endsAt, isMultiPhoneSyncCredential: true))
            let journal = try await journalWithKeyUnanswered(moveIn, identityID: identity.userIdentityId, plan: plan, in: directory)
            let result = try await job(client, journal: journal.path).run(plan) { _ in }
            #expect(result.rows[moveIn.line]?.credentialID == made.acsCredentialId)
            #expect(result.rows[moveIn.line]?.credentialExisted == false, "made by the earlier run, not there before")
            #expect(try await keys(client).count == 5)
        }
    }

    /// A profile with `issue_with = "access_grants"`: one grant per resident, no enrollment or
    /// credential of the import's own. The import used to make ACS credentials whatever the profile said.
    @Test func throughAccessGrantsEveryResidentGetsOneGrantAndAFreshJournalFindsIt() async throws {
        try await withImport { client, plan, directory in
            let audit = try AuditLog(path: directory.path + "/audit.sqlite")
            let first = try await job(client, journal: directory.path + "/a.sqlite", audit: audit, issuePath: .accessGrants).run(plan) { _ in }
            #expect(first.stop == nil && first.tally.created == 5 && first.tally.failed == 0, "\(first.tally)")
            #expect(first.rows.values.allSatisfy { $0.grantID != nil && $0.credentialID == nil && $0.enrollmentID == nil })
            let rows = try await audit.entries()
            let grantOutcomes = rows.filter { $0.entry.action == "access_grant.create" && $0.entry.kind == .outcome && $0.entry.outcome == .succeeded }
            #expect(grantOutcomes.count == 5)
            #expect(!rows.contains { ["credential.create", "enrollment_automation.launch"].contains($0.entry.action) })
            let held = try await grants(client)
            #expect(held.values.allSatisfy { $0.count == 1 }, "\(held.mapValues(\.count))")
            let moveIn = plan.moveIns[0]
            let grant = try #require(held[moveIn.email]?.first)
            #expect(grant.accessGrantKey == GrantKey.of(identityID: grant.userIdentityId, systemID: moveIn.building.id, entranceIDs: moveIn.entranceIDs,
                                                         startsAt: moveIn.startsAt, endsAt: moveIn.endsAt, modes: [.mobileKey]))

            let second = try await job(client, journal: directory.path + "/b.sqlite", issuePath: .accessGrants).run(plan) { _ in }
            #expect(second.tally.existing == 5 && second.tally.created == 0, "\(second.tally)")
            #expect(try await grants(client).values.allSatisfy { $0.count == 1 })
        }
    }

    @Test func throughAccessGrantsAGrantWhoseAnswerWasLostIsFoundByItsKey() async throws {
        try await withImport { client, plan, directory in
            let moveIn = plan.moveIns[0]
            let identity = try await client.userIdentities.create(UserIdentityCreateParameters(fullName: moveIn.fullName, emailAddress: moveIn.email))
            let key = GrantKey.of(identityID: identity.userIdentityId, systemID: moveIn.building.id, entranceIDs: moveIn.entranceIDs,
                                  startsAt: moveIn.startsAt, endsAt: moveIn.endsAt, modes: [.mobileKey])
            let made = try await client.accessGrants.create(AccessGrantCreateParameters(
                grantee: .userIdentityId(identity.userIdentityId), requestedAccessMethods: [AccessMethodRequest(mode: .mobileKey)],
                acsEntranceIds: moveIn.entranceIDs, startsAt: moveIn.startsAt, endsAt: moveIn.endsAt, accessGrantKey: key))
            let journal = try await journalWithKeyUnanswered(moveIn, identityID: identity.userIdentityId, plan: plan, in: directory)
            let result = try await job(client, journal: journal.path, issuePath: .accessGrants).run(plan) { _ in }
            #expect(result.rows[moveIn.line]?.grantID == made.accessGrantId)
            #expect(result.rows[moveIn.line]?.credentialExisted == false, "made by the earlier run, not there before")
            #expect(try await grants(client)[moveIn.email]?.count == 1)
        }
    }
}
