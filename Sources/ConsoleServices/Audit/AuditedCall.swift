/// One audited change as the caller sees it: the call's own result (or `AuditRefusal` when the
/// attempt could not be written and nothing was called), the attempt written before it, and
/// the reason its outcome row could not be written, if any (to show beside the answer).
public struct AuditedCall<Value> {
    public let result: Result<Value, any Error>
    public let attempt: AuditAttempt?
    public let auditProblem: AuditLogError?

    /// The call's value, or its error (an `AuditRefusal` when it was never called).
    public func get() throws -> Value { try result.get() }

    /// Whether the change was refused for want of an attempt row.
    public var wasRefused: Bool { attempt == nil }
}

extension AuditedCall: Sendable where Value: Sendable {}

extension AuditRecorder {
    /// Audits one change: writes the attempt row, and only if that worked runs `call`, then
    /// writes the outcome row (the answer's ids and request id from `answer`, or the error's).
    /// Never throws: every result, refusal included, is in the returned `AuditedCall`.
    ///
    ///     let change = await recorder.audited("credential.revoke", resourceIDs: [id]) {
    ///         try await client.acs.credentials.delete(acsCredentialId: id)
    ///     }
    nonisolated(nonsending) public func audited<Value>(
        _ action: String,
        resourceIDs: [String],
        detail: String? = nil,
        answer: (Value) -> AuditAnswer = { _ in AuditAnswer() },
        _ call: () async throws -> Value
    ) async -> AuditedCall<Value> {
        let attempt: AuditAttempt
        do {
            attempt = try await recordAttempt(action, resourceIDs: resourceIDs, detail: detail)
        } catch {
            return AuditedCall(result: .failure(error), attempt: nil, auditProblem: nil)
        }
        do {
            let value = try await call()
            let problem = await recordSuccess(of: attempt, answer(value))
            return AuditedCall(result: .success(value), attempt: attempt, auditProblem: problem)
        } catch {
            let problem = await recordFailure(of: attempt, error)
            return AuditedCall(result: .failure(error), attempt: attempt, auditProblem: problem)
        }
    }
}
