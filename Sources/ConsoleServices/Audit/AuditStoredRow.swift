import ConsoleCore

/// One row as a sink stores it: its id and every `AuditColumn` value as stored. Writers build it
/// from an entry and hash it; readers and the verifier get it back from the sink, so the
/// bytes that are hashed on the way in are the bytes checked on the way out.
public struct AuditStoredRow: Sendable, Equatable {
    public let id: Int64
    public var values: [AuditColumn: AuditStoredValue]

    public init(id: Int64, values: [AuditColumn: AuditStoredValue]) {
        self.id = id
        self.values = values
    }

    public subscript(column: AuditColumn) -> AuditStoredValue {
        values[column] ?? .null
    }

    /// The row keydesk writes for `entry` as row `id` of its host's chain after `previousHash`,
    /// with its own hash computed.
    public init(id: Int64, entry: AuditEntry, previousHash: String) {
        self.id = id
        values = [
            .host: AuditStoredValue(entry.host),
            .time: AuditStoredValue(AuditTime.string(from: entry.time)),
            .kind: AuditStoredValue(entry.kind.rawValue),
            .attemptID: AuditStoredValue(entry.attemptID),
            .osUser: AuditStoredValue(entry.osUser),
            .sshClientAddress: AuditStoredValue(entry.sshClientAddress),
            .profile: AuditStoredValue(entry.profile),
            .endpoint: AuditStoredValue(entry.endpoint),
            .action: AuditStoredValue(entry.action),
            .resourceIDs: AuditStoredValue(AuditResourceIDs.encode(entry.resourceIDs)),
            .detail: AuditStoredValue(entry.detail),
            .outcome: AuditStoredValue(entry.outcome?.rawValue),
            .errorMessage: AuditStoredValue(entry.errorMessage),
            .seamRequestID: AuditStoredValue(entry.seamRequestID),
            .previousHash: AuditStoredValue(previousHash),
        ]
        values[.rowHash] = AuditStoredValue(AuditCanonicalForm.hash(of: self))
    }

    /// The host whose chain the row belongs to, as stored (a damaged host reads as its bytes).
    public var chainHost: String {
        switch self[.host] {
        case .text(let bytes), .blob(let bytes): String(decoding: bytes, as: UTF8.self)
        case .integer(let number): String(number)
        case .real(let number): String(number)
        case .null: ""
        }
    }
}
