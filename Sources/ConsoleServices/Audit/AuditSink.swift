import ConsoleCore
import Foundation

/// Where audit rows are kept. `AuditLog` keeps them in SQLite for one host; a PostgreSQL sink
/// shared by several hosts can implement the same four calls. A sink chains rows (per host,
/// with `AuditStoredRow(id:entry:previousHash:)`), never updates or deletes them, and hands
/// back exactly what it stores so `AuditVerifier` can check it.
public protocol AuditSink: Sendable {
    /// Where the rows are, for messages ("/var/lib/keydesk/audit.sqlite").
    var location: String { get }

    /// Appends `entry` as the next row of its host's chain. Reading the chain's head, choosing
    /// the id and inserting happen in one transaction that excludes every other writer.
    func append(_ entry: AuditEntry) async throws(AuditLogError) -> AuditRecord

    /// The rows `selection` asks for, newest first, read tolerantly (`AuditRecord.damage`).
    func entries(_ selection: AuditSelection) async throws(AuditLogError) -> [AuditRecord]

    /// Every row as stored, in id order, for `AuditVerifier`.
    func storedRows() async throws(AuditLogError) -> [AuditStoredRow]
}

/// Which rows a reader wants: at or after `since`, containing every word of `filter` in some
/// column (case-insensitive), at most `limit` of them.
public struct AuditSelection: Sendable, Equatable {
    public var since: Date?
    public var filter: String?
    public var limit: Int?

    public init(since: Date? = nil, filter: String? = nil, limit: Int? = nil) {
        self.since = since
        self.filter = filter
        self.limit = limit
    }
}

extension AuditSink {
    /// Entries newest first; see `AuditSelection`.
    public func entries(since: Date? = nil, matching filter: String? = nil, limit: Int? = nil) async throws(AuditLogError) -> [AuditRecord] {
        try await entries(AuditSelection(since: since, filter: filter, limit: limit))
    }

    /// Walks every host's chain; see `AuditVerifier`.
    public func verify() async throws(AuditLogError) -> AuditVerification {
        AuditVerifier.verify(try await storedRows())
    }
}
