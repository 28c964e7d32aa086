import ConsoleCore
import Foundation
import GRDB

/// The append-only record of every mutation made from any keydesk session on the host:
/// SQLite in WAL mode at `$XDG_STATE_HOME/keydesk/audit.sqlite`, shared by concurrent
/// processes (each waits for the others' writes instead of failing). The file is created
/// 0600 in a 0700 directory because it names residents. There is no update or delete.
public final class AuditLog: Sendable {
    /// How long a write waits for another process's write before failing.
    public static let busyTimeout: TimeInterval = 10

    public let path: String
    private let pool: DatabasePool

    /// Opens (creating if missing, with its directory) the audit log at `path`. A new file gets
    /// `fileMode` (0600: only this account); a deployment where several staff accounts share
    /// one log in a group-owned directory passes 0o660, and new directories then get 0770.
    public init(path: String, fileMode: UInt16 = 0o600) throws(AuditLogError) {
        self.path = path
        do {
            let directory = (path as NSString).deletingLastPathComponent
            let directoryMode: UInt16 = fileMode & 0o060 != 0 ? 0o770 : 0o700
            if !directory.isEmpty { try FilePermissions.makeDirectories(at: directory, mode: directoryMode) }
            try FilePermissions.createFileIfMissing(at: path, mode: fileMode & 0o666)
        } catch {
            throw AuditLogError(path: path, reason: error.reason)
        }
        var configuration = Configuration()
        configuration.busyMode = .timeout(Self.busyTimeout)
        configuration.label = "keydesk.audit"
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
        } catch {
            throw AuditLogError(path: path, reason: "\(error)")
        }
        try migrate()
    }

    /// Applies the schema. Another process opening a new log at the same moment may apply it
    /// first; our attempt then fails and is fine as long as the schema is complete.
    private func migrate() throws(AuditLogError) {
        let migrator = AuditSchema.migrator
        do {
            try migrator.migrate(pool)
        } catch {
            let complete = (try? pool.read { db in try migrator.hasCompletedMigrations(db) }) ?? false
            if !complete { throw AuditLogError(path: path, reason: "cannot create the schema: \(error)") }
        }
    }

    /// Appends `entry` and returns it with its id.
    @discardableResult
    public func record(_ entry: AuditEntry) throws(AuditLogError) -> AuditRecord {
        do {
            let id = try pool.write { db in try Self.insert(entry, into: db) }
            return AuditRecord(id: id, entry: entry)
        } catch {
            throw AuditLogError(path: path, reason: "cannot record \(entry.action): \(error)")
        }
    }

    /// Appends `entry` without blocking the calling thread while another process writes.
    @discardableResult
    public func record(_ entry: AuditEntry) async throws(AuditLogError) -> AuditRecord {
        do {
            let id = try await pool.write { db in try Self.insert(entry, into: db) }
            return AuditRecord(id: id, entry: entry)
        } catch {
            throw AuditLogError(path: path, reason: "cannot record \(entry.action): \(error)")
        }
    }

    /// Entries newest first: at or after `since` if given, whose fields contain every word of
    /// `filter` (case-insensitive) if given, at most `limit` of them if given.
    public func entries(since: Date? = nil, matching filter: String? = nil, limit: Int? = nil) throws(AuditLogError) -> [AuditRecord] {
        let query = AuditQuery(since: since, filter: filter, limit: limit)
        do {
            return try pool.read { db in try query.fetch(db) }
        } catch {
            throw AuditLogError(path: path, reason: "cannot read entries: \(error)")
        }
    }

    /// The async form of `entries(since:matching:limit:)`.
    public func entries(since: Date? = nil, matching filter: String? = nil, limit: Int? = nil) async throws(AuditLogError) -> [AuditRecord] {
        let query = AuditQuery(since: since, filter: filter, limit: limit)
        do {
            return try await pool.read { db in try query.fetch(db) }
        } catch {
            throw AuditLogError(path: path, reason: "cannot read entries: \(error)")
        }
    }

    /// How many entries the log holds.
    public func count() throws(AuditLogError) -> Int {
        do {
            return try pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM audit_log") ?? 0 }
        } catch {
            throw AuditLogError(path: path, reason: "cannot count entries: \(error)")
        }
    }

    private static func insert(_ entry: AuditEntry, into db: Database) throws -> Int64 {
        try db.execute(
            sql: """
                INSERT INTO audit_log (time, os_user, ssh_client_address, profile, endpoint, action,
                    resource_ids, outcome, error_message, seam_request_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                AuditTime.string(from: entry.time), entry.osUser, entry.sshClientAddress, entry.profile,
                entry.endpoint, entry.action, AuditResourceIDs.encode(entry.resourceIDs),
                entry.outcome.rawValue, entry.errorMessage, entry.seamRequestID,
            ]
        )
        return db.lastInsertedRowID
    }
}
