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
    /// An attempt row before the call (no row, no call: the change is refused with
    /// `AuditRefusal`), the outcome row after it with the id of what the call made.
    public func audited<T: Sendable>(
        _ action: String, resourceIDs: [String], createdID: @Sendable (T) -> String?,
        _ call: @Sendable () async throws -> T
    ) async throws -> Audited<T> {
        let change = await audited(action, resourceIDs: resourceIDs, detail: nil,
                                   answer: { AuditAnswer(resourceIDs: createdID($0).map { [$0] } ?? []) }, call)
        return Audited(value: try change.get(), auditProblem: change.auditProblem?.description)
    }
}

extension AuditRefusal: ConsoleFailureDescribing {
    /// Refused until the log can be written again (the console says so and looks again).
    public var consoleFailure: ConsoleFailure { ConsoleFailure(.auditUnavailable, description) }
}
