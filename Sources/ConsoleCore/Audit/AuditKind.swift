/// Which step of a change a row records. A change writes an `attempt` before the API call and
/// an `outcome` (naming the attempt) after it; `record` is one row written after the call, what
/// the first schema held and what `AuditRecorder.record` still writes until every caller
/// uses attempts and outcomes.
public enum AuditKind: String, Sendable, Equatable, Codable, CaseIterable {
    case attempt
    case outcome
    case record
}
