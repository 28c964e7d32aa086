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
        case .perform(let operation):
            do {
                let audited = try await changes.audited(operation.auditAction, resourceIDs: operation.resourceIDs) {
                    try await change(operation)
                }
                let (user, credential) = await fresh(operation)
                return .finished(operation, .succeeded(user: user, credential: credential), auditProblem: audited.auditProblem)
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
        }
    }

    /// The changed row as the API now holds it, when it still exists (a deletion Seam has not
    /// finished yet still has its row, saying so).
    private func fresh(_ operation: ConsoleOperation) async -> (UserRow?, CredentialRow?) {
        switch operation {
        case .revokeCredential(let credential):
            let fresh = try? await client.acs.credentials.get(acsCredentialId: credential.id)
            return (nil, fresh.map { CredentialRow($0, time: BuildingTime(identifier: nil), now: clock.now()) })
        case let .changeCredentialEnd(credential, _, time):
            let fresh = try? await client.acs.credentials.get(acsCredentialId: credential.id)
            return (nil, fresh.map { CredentialRow($0, time: time, now: clock.now()) })
        case .suspendUser(let user), .unsuspendUser(let user), .unlinkUser(let user, _), .deleteUser(let user, _):
            return ((try? await client.acs.users.get(.acsUserId(user.id))).map(UserRow.init), nil)
        }
    }
}
