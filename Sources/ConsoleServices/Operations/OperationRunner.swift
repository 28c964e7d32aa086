import ConsoleCore
import Foundation
import SeamAPI

/// Performs the front-desk operations against the Seam API, each change through the audit
/// (`ChangeAuditing`), and reads back the changed row so the panes show it without a refresh.
public struct OperationRunner: Sendable {
    let client: SeamClient
    let changes: any ChangeAuditing
    /// The log the audit pane reads; nil when the session has none.
    let auditLog: (any AuditSink)?
    let clock: any ConsoleClock

    public init(client: SeamClient, changes: any ChangeAuditing, auditLog: (any AuditSink)?, clock: any ConsoleClock = SystemClock()) {
        self.client = client
        self.changes = changes
        self.auditLog = auditLog
        self.clock = clock
    }

    /// Runs one operation effect and answers with the action for the reducer.
    public func run(_ effect: OperationEffect) async -> OperationAnswer {
        switch effect {
        case .prepareDeleteUser(let user):
            do {
                let owned = try await client.acs.credentials
                    .paginate(AcsCredentialListParameters(acsUserId: user.id)).collectAll()
                let targets = owned.map {
                    CredentialTarget(id: $0.acsCredentialId, name: $0.displayName, method: CredentialRow.methodName($0.accessMethod),
                                     startsAt: $0.startsAt, endsAt: $0.endsAt)
                }
                return .prepared(.deleteUser(user, credentials: targets))
            } catch {
                return .prepareFailed(ConsoleFailure(error))
            }
        case .prepareRemoveMethod(let grant):
            do {
                let methods = try await client.accessMethods.paginate(AccessMethodListParameters(accessGrantId: grant.id)).collectAll()
                return .methodsReady(grant, methods.map {
                    MethodTarget(id: $0.accessMethodId, method: CredentialRow.methodName($0.mode), isIssued: $0.isIssued)
                })
            } catch {
                return .prepareFailed(ConsoleFailure(error))
            }
        case .perform(let operation):
            do {
                let audited = try await changes.audited(operation.auditAction, resourceIDs: operation.resourceIDs) {
                    try await change(operation)
                }
                let (user, credential, grant) = await fresh(operation)
                return .finished(operation, .succeeded(user: user, credential: credential, grant: grant), auditProblem: audited.auditProblem)
            } catch {
                return .finished(operation, .failed(ConsoleFailure(error)))
            }
        }
    }

    /// The newest audit entries matching `filter`, for the audit pane.
    public func loadAudit(filter: String) async -> AuditPaneState.Phase {
        guard let auditLog else { return .failed("this session has no audit log.") }
        do {
            return .loaded(try await auditLog.entries(matching: filter.isEmpty ? nil : filter, limit: AuditPaneState.limit))
        } catch {
            return .failed(error.reason)
        }
    }

    /// The one API call that makes the change.
    @Sendable private func change(_ operation: ConsoleOperation) async throws {
        switch operation {
        case .revokeCredential(let credential):
            try await client.acs.credentials.delete(acsCredentialId: credential.id)
        case let .changeCredentialEnd(credential, endsAt, _):
            try await client.acs.credentials.update(acsCredentialId: credential.id, endsAt: endsAt)
        case .suspendUser(let user):
            try await client.acs.users.suspend(.acsUserId(user.id))
        case .unsuspendUser(let user):
            try await client.acs.users.unsuspend(.acsUserId(user.id))
        case let .unlinkUser(user, identityID):
            try await client.userIdentities.removeAcsUser(userIdentityId: identityID, acsUserId: user.id)
        case .deleteUser(let user, _):
            try await client.acs.users.delete(.acsUserId(user.id))
        case let .changeGrantEnd(grant, endsAt, _):
            try await client.accessGrants.update(.accessGrantId(grant.id), AccessGrantUpdateParameters(endsAt: .value(endsAt)))
        case .addGrantPIN(let grant):
            _ = try await client.accessGrants.requestAccessMethods(accessGrantId: grant.id, [AccessMethodRequest(mode: .code)])
        case let .removeAccessMethod(_, method):
            try await client.accessMethods.delete(accessMethodId: method.id)
        case .revokeGrant(let grant):
            try await client.accessGrants.delete(accessGrantId: grant.id)
        }
    }

    /// The changed row as the API now holds it, when it still exists (a deletion Seam has not
    /// finished yet still has its row, saying so).
    private func fresh(_ operation: ConsoleOperation) async -> (UserRow?, CredentialRow?, AccessGrantRow?) {
        switch operation {
        case .revokeCredential(let credential):
            let fresh = try? await client.acs.credentials.get(acsCredentialId: credential.id)
            return (nil, fresh.map { CredentialRow($0, time: BuildingTime(identifier: nil), now: clock.now()) }, nil)
        case let .changeCredentialEnd(credential, _, time):
            let fresh = try? await client.acs.credentials.get(acsCredentialId: credential.id)
            return (nil, fresh.map { CredentialRow($0, time: time, now: clock.now()) }, nil)
        case .suspendUser(let user), .unsuspendUser(let user), .unlinkUser(let user, _), .deleteUser(let user, _):
            return ((try? await client.acs.users.get(.acsUserId(user.id))).map(UserRow.init), nil, nil)
        case .changeGrantEnd(let grant, _, let time):
            return (nil, nil, await freshGrant(grant.id, time: time))
        case .addGrantPIN(let grant), .removeAccessMethod(let grant, _), .revokeGrant(let grant):
            return (nil, nil, await freshGrant(grant.id, time: BuildingTime(identifier: nil)))
        }
    }

    /// The grant as the API holds it now; nil once it is gone.
    private func freshGrant(_ id: String, time: BuildingTime) async -> AccessGrantRow? {
        (try? await client.accessGrants.get(.accessGrantId(id))).map { AccessGrantRow($0, time: time) }
    }
}
