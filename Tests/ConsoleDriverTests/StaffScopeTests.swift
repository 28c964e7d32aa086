import ConsoleCore
import ConsoleServices
import Foundation
import KeydeskTestSupport
import SeamAPI
import SeamSandbox
import Testing

/// The staff roster enforced on requests (`StaffRequestGate`, `BuildingScope`), against the demo
/// sandbox (Maple Court and Harbor Lofts): a member of staff limited to Maple Court sees only its
/// systems and rows and can change nothing of Harbor Lofts, whatever route is asked; a
/// read-only one can change nothing at all; each refusal is audited as refused.
@Suite struct StaffScopeTests {
    private struct World {
        let sandbox: RunningSandbox
        let open: SeamClient
        let maple: String
        let harbor: String

        /// A client that passes `member`'s roster entry first.
        func client(for member: StaffMember) throws -> SeamClient {
            var configuration = open.configuration
            configuration.requestGate = StaffRequestGate(member: member, readOnly: false, lookup: open)
            return SeamClient(configuration: configuration)
        }

        /// A credential of the building `systemID`.
        func credential(in systemID: String) async throws -> AcsCredential {
            try #require(try await open.acs.credentials.list(AcsCredentialListParameters(acsSystemId: systemID)).items.first)
        }

        func user(in systemID: String) async throws -> AcsUser {
            try #require(try await open.acs.users.list(AcsUserListParameters(acsSystemId: systemID)).items.first)
        }
    }

    private let ana = StaffMember(login: "frontdesk-ana", profiles: ["harbor-view"], buildings: ["Maple Court"])

    private func withWorld(_ body: (World) async throws -> Void) async throws {
        let sandbox = try await Sandbox.start(SandboxOptions(seed: .demo))
        do {
            let open = SeamClient(configuration: try SeamConfiguration(apiKey: sandbox.apiKey, endpoint: sandbox.baseURL))
            let systems = try await open.acs.systems.list()
            let maple = try #require(systems.first { $0.name == "Maple Court" }).acsSystemId
            let harbor = try #require(systems.first { $0.name == "Harbor Lofts" }).acsSystemId
            try await body(World(sandbox: sandbox, open: open, maple: maple, harbor: harbor))
        } catch {
            try? await sandbox.shutdown()
            throw error
        }
        try? await sandbox.shutdown()
    }

    /// Runs `call` and returns the refusal it ended in, or nil when it was not refused.
    private func refusal(_ call: () async throws -> Void) async -> StaffScopeRefusal? {
        do {
            try await call()
            return nil
        } catch let refusal as StaffScopeRefusal {
            return refusal
        } catch {
            Issue.record("not a refusal: \(error)")
            return nil
        }
    }

    @Test func listsShowOnlyTheirBuilding() async throws {
        try await withWorld { world in
            let client = try world.client(for: ana)
            #expect(try await client.acs.systems.list().map(\.name) == ["Maple Court"])
            // "All buildings" (no system named) lists only Maple Court's rows.
            let credentials = try await client.acs.credentials.list(AcsCredentialListParameters(limit: 500)).items
            #expect(!credentials.isEmpty)
            #expect(credentials.allSatisfy { $0.acsSystemId == world.maple })
            let users = try await client.acs.users.list(AcsUserListParameters(limit: 500)).items
            #expect(!users.isEmpty && users.allSatisfy { $0.acsSystemId == world.maple })
            let everyone = try await world.open.acs.users.list(AcsUserListParameters(limit: 500)).items
            #expect(everyone.contains { $0.acsSystemId == world.harbor }, "the open client sees both buildings")
            // Scoping to the other building, or opening one of its rows, is refused.
            #expect(await refusal { _ = try await client.acs.users.list(AcsUserListParameters(acsSystemId: world.harbor)) } != nil)
            let theirs = try await world.credential(in: world.harbor)
            let refused = await refusal { _ = try await client.acs.credentials.get(acsCredentialId: theirs.acsCredentialId) }
            #expect(refused?.reason.hasPrefix("frontdesk-ana is limited to 'Maple Court' on the staff roster") == true)
            // The building's credential managers are still offered, for the wizard.
            #expect(try await client.acs.systems.listCompatibleCredentialManagerAcsSystems(acsSystemId: world.maple).count == 1)
        }
    }

    @Test func nothingOfAnotherBuildingCanBeChanged() async throws {
        try await withWorld { world in
            let client = try world.client(for: ana)
            let credential = try await world.credential(in: world.harbor)
            let user = try await world.user(in: world.harbor)
            let mapleUser = try await world.user(in: world.maple)
            let harborEntrance = try #require(try await world.open.acs.entrances.list(AcsEntranceListParameters(acsSystemId: world.harbor)).items.first)
            let attempts: [(String, () async throws -> Void)] = [
                ("revoke", { try await client.acs.credentials.delete(acsCredentialId: credential.acsCredentialId) }),
                ("change the end", { _ = try await client.acs.credentials.update(acsCredentialId: credential.acsCredentialId, endsAt: Date().addingTimeInterval(86_400)) }),
                ("suspend", { try await client.acs.users.suspend(.acsUserId(user.acsUserId)) }),
                ("delete a user", { try await client.acs.users.delete(.acsUserId(user.acsUserId)) }),
                ("create a user there", { _ = try await client.acs.users.create(AcsUserCreateParameters(acsSystemId: world.harbor, fullName: "Mallory")) }),
                ("a key for one of its doors", {
                    _ = try await client.acs.credentials.create(AcsCredentialCreateParameters(
                        owner: .acsUserId(mapleUser.acsUserId), accessMethod: .mobileKey, allowedAcsEntranceIds: [harborEntrance.acsEntranceId],
                        isMultiPhoneSyncCredential: true))
                }),
            ]
            for (what, attempt) in attempts {
                #expect(await refusal(attempt) != nil, "\(what) in Harbor Lofts was not refused")
            }
            // Every Harbor Lofts row is as it was.
            #expect(try await world.open.acs.credentials.get(acsCredentialId: credential.acsCredentialId).endsAt == credential.endsAt)
            #expect(try await world.open.acs.users.get(.acsUserId(user.acsUserId)).isSuspended == user.isSuspended)
            // Their own building's changes go through.
            let mine = try await world.credential(in: world.maple)
            try await client.acs.credentials.delete(acsCredentialId: mine.acsCredentialId)
            // A deletion is pending until the sandbox's sweeper applies it, as in Seam.
            let gone = try await eventually(timeout: .seconds(20)) {
                (try? await world.open.acs.credentials.get(acsCredentialId: mine.acsCredentialId)) == nil
            }
            #expect(gone, "their own building's revoke goes through")
        }
    }

    @Test func aRouteWhoseBuildingCannotBeToldIsRefused() async throws {
        try await withWorld { world in
            let client = try world.client(for: ana)
            let refused = await refusal {
                _ = try await client.phones.simulate.createSandboxPhone(userIdentityId: "ui_1", customSdkInstallationId: "install_1")
            }
            #expect(refused?.reason.contains("names custom_sdk_installation_id, which keydesk cannot place in a building") == true,
                    "\(String(describing: refused))")
        }
    }

    @Test func aBuildingNoSystemIsCalledIsAnError() async throws {
        try await withWorld { world in
            let client = try world.client(for: StaffMember(login: "ana", profiles: ["p"], buildings: ["Maple Cort"]))
            let refused = await refusal { _ = try await client.acs.systems.list() }
            #expect(refused?.reason.contains("include 'Maple Cort', which no ACS system of this workspace is called") == true, "\(String(describing: refused))")
        }
    }

    @Test func readOnlyStaffCanLookButChangeNothingAndTheRefusalIsAudited() async throws {
        try await withWorld { world in
            let sam = StaffMember(login: "nightdesk-sam", profiles: ["harbor-view"], readOnly: true)
            let client = try world.client(for: sam)
            #expect(try await client.acs.systems.list().count > 1, "every building, to look at")
            let credential = try await world.credential(in: world.maple)
            let directory = try TemporaryDirectory()
            let log = try AuditLog(path: directory.path + "/audit.sqlite")
            let recorder = AuditRecorder(log: log, context: AuditContext(osUser: "nightdesk-sam", sshClientAddress: "127.0.0.1",
                                                                         profile: "harbor-view", endpoint: world.sandbox.baseURL))
            let change = await recorder.audited("credential.revoke", resourceIDs: [credential.acsCredentialId]) {
                try await client.acs.credentials.delete(acsCredentialId: credential.acsCredentialId)
            }
            #expect(throws: StaffScopeRefusal.self) { try change.get() }
            _ = try await world.open.acs.credentials.get(acsCredentialId: credential.acsCredentialId)
            let rows = try await log.entries()
            #expect(rows.map(\.entry.kind) == [.outcome, .attempt])
            #expect(rows.first?.entry.outcome == .refused)
            #expect(rows.first?.entry.errorMessage == "nightdesk-sam is read-only on the staff roster: /acs/credentials/delete was not sent")
            #expect(rows.first?.statusWord == "REFUSED")
            #expect(try await log.verify().isIntact)
        }
    }
}
