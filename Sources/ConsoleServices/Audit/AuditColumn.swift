/// The stored columns of an audit row after `id`, in the order the canonical form hashes them
/// (see `AuditCanonicalForm`). Every sink stores these names; `rowHash` is stored but not hashed.
public enum AuditColumn: String, Sendable, CaseIterable {
    case host
    case time
    case kind
    case attemptID = "attempt_id"
    case osUser = "os_user"
    case sshClientAddress = "ssh_client_address"
    case profile
    case endpoint
    case action
    case resourceIDs = "resource_ids"
    case detail
    case outcome
    case errorMessage = "error_message"
    case seamRequestID = "seam_request_id"
    case previousHash = "previous_hash"
    case rowHash = "row_hash"

    /// The columns the row hash covers, in order: all but `row_hash` itself.
    public static let hashed: [AuditColumn] = allCases.filter { $0 != .rowHash }

    public var name: String { rawValue }
}
