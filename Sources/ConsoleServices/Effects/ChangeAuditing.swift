import ConsoleCore
import Foundation
import SeamAPI

/// The one way effect runners change data: every change goes through `audited`, which records
/// it in the audit log with who, from where, the outcome and the Seam request id. Runners never
/// call a mutating route outside it, so no change escapes the log.
public protocol ChangeAuditing: Sendable {
    /// Runs `call` and records the change. `resourceIDs` names what it acts on; `createdID`
    /// picks the id of what the call made, if it made something.
    func audited<T: Sendable>(
        _ action: String, resourceIDs: [String], createdID: @Sendable (T) -> String?,
        _ call: @Sendable () async throws -> T
    ) async throws -> Audited<T>
}

extension ChangeAuditing {
    /// A change that makes nothing new (revoke, suspend, update).
    public func audited<T: Sendable>(_ action: String, resourceIDs: [String], _ call: @Sendable () async throws -> T) async throws -> Audited<T> {
        try await audited(action, resourceIDs: resourceIDs, createdID: { _ in nil }, call)
    }
}

/// The answer of an audited change, and why its audit row could not be written, if it could
/// not (the API's answer is never hidden by a log problem; the console says both).
public struct Audited<Value: Sendable>: Sendable {
    public let value: Value
    public let auditProblem: String?

    public init(value: Value, auditProblem: String?) {
        self.value = value
        self.auditProblem = auditProblem
    }
}

/// For sessions without an audit log (tests of the runners): changes run, nothing is written.
public struct UnauditedChanges: ChangeAuditing {
    public init() {}

    public func audited<T: Sendable>(
        _ action: String, resourceIDs: [String], createdID: @Sendable (T) -> String?,
        _ call: @Sendable () async throws -> T
    ) async throws -> Audited<T> {
        Audited(value: try await call(), auditProblem: nil)
    }
}

extension AuditRecorder: ChangeAuditing {
    /// Calls, then records one row with the outcome (succeeded with the id of what was made, or
    /// failed with the API's message and request id).
    public func audited<T: Sendable>(
        _ action: String, resourceIDs: [String], createdID: @Sendable (T) -> String?,
        _ call: @Sendable () async throws -> T
    ) async throws -> Audited<T> {
        let value: T
        do {
            value = try await call()
        } catch {
            let apiError = error as? SeamAPIError
            _ = try? await record(action, resourceIDs: resourceIDs, outcome: .failed,
                                  errorMessage: apiError?.description ?? String(describing: error), seamRequestID: apiError?.requestId)
            throw error
        }
        let ids = resourceIDs + [createdID(value)].compactMap { $0 }
        do {
            try await record(action, resourceIDs: ids, outcome: .succeeded)
            return Audited(value: value, auditProblem: nil)
        } catch {
            return Audited(value: value, auditProblem: error.reason)
        }
    }
}
