import ConsoleCore
import Foundation
import SeamAPI

/// Performs operations against the Seam API, then records each attempt, succeeded or
/// failed, in the audit log (when a recorder is given), with the Seam request id of a failure.
public struct OperationRunner: Sendable {
    let client: SeamClient
    let recorder: AuditRecorder?
    let clock: any ConsoleClock

    public init(client: SeamClient, recorder: AuditRecorder?, clock: any ConsoleClock = SystemClock()) {
        self.client = client
        self.recorder = recorder
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
            let result: OperationResult
            let auditProblem: String?
            do {
                let (user, credential) = try await perform(operation)
                result = .succeeded(user: user, credential: credential)
                auditProblem = await record(operation, outcome: .succeeded, error: nil)
            } catch {
                result = .failed(ConsoleFailure(error))
                auditProblem = await record(operation, outcome: .failed, error: error)
            }
            return .finished(operation, result, auditProblem: auditProblem)
        }
    }

    /// The newest audit entries matching `filter`, for the audit pane.
    public func loadAudit(filter: String) async -> AuditPaneState.Phase {
        guard let log = recorder?.log else { return .failed("this session has no audit log.") }
        do {
            return .loaded(try await log.entries(matching: filter.isEmpty ? nil : filter, limit: AuditPaneState.limit))
        } catch {
            return .failed(error.reason)
        }
    }

    /// Calls the API; returns the changed row as the API now holds it, when it still exists.
    private func perform(_ operation: ConsoleOperation) async throws -> (UserRow?, CredentialRow?) {
        switch operation {
        case .revokeCredential(let credential):
            try await client.acs.credentials.delete(acsCredentialId: credential.id)
            return (nil, nil)
        case let .changeCredentialEnd(credential, endsAt, time):
            try await client.acs.credentials.update(acsCredentialId: credential.id, endsAt: endsAt)
            let fresh = try? await client.acs.credentials.get(acsCredentialId: credential.id)
            return (nil, fresh.map { CredentialRow($0, time: time, now: clock.now()) })
        case .suspendUser(let user):
            try await client.acs.users.suspend(.acsUserId(user.id))
            return (await freshUser(user.id), nil)
        case .unsuspendUser(let user):
            try await client.acs.users.unsuspend(.acsUserId(user.id))
            return (await freshUser(user.id), nil)
        case let .unlinkUser(user, identityID):
            try await client.userIdentities.removeAcsUser(userIdentityId: identityID, acsUserId: user.id)
            return (await freshUser(user.id), nil)
        case .deleteUser(let user, _):
            try await client.acs.users.delete(.acsUserId(user.id))
            return (nil, nil)
        }
    }

    private func freshUser(_ id: String) async -> UserRow? {
        (try? await client.acs.users.get(.acsUserId(id))).map(UserRow.init)
    }

    /// One audit row per attempt. A log that cannot be written must not hide the API's answer,
    /// so its failure is returned (for the flash line) rather than thrown.
    private func record(_ operation: ConsoleOperation, outcome: AuditOutcome, error: (any Error)?) async -> String? {
        guard let recorder else { return nil }
        let apiError = error as? SeamAPIError
        let message = error.map { apiError?.description ?? String(describing: $0) }
        do {
            try await recorder.record(operation.auditAction, resourceIDs: operation.resourceIDs, outcome: outcome,
                                      errorMessage: message, seamRequestID: apiError?.requestId)
            return nil
        } catch {
            return error.reason
        }
    }
}
