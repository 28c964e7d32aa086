import ConsoleCore
import Foundation
import GRDB

/// The SQLite audit sink: the append-only, hash-chained record of every change made from any
/// keydesk session on the host, in WAL mode at `$XDG_STATE_HOME/keydesk/audit.sqlite`, shared
/// by concurrent processes (each waits for the others' writes instead of failing). The file is
/// created 0600 in a 0700 directory because it names residents. There is no update or delete.
public final class AuditLog: AuditSink {
    /// How long a write waits for another process's write before failing.
    public static let busyTimeout: TimeInterval = 10

    public let path: String
    private let pool: DatabasePool

    public var location: String { path }

    /// Opens (creating if missing, with its directory) the audit log at `path`. A new file gets
    /// `fileMode` (0600: only this account); a deployment where several staff accounts share
    /// one log in a group-owned directory passes 0o660, and new directories then get 0770.
    /// `host` names this machine in rows that a migration from the first schema chains.
    public init(path: String, fileMode: UInt16 = 0o600, host: String = AuditHostName.current()) throws(AuditLogError) {
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
        pool = try Self.openPool(path: path, configuration: configuration)
        try migrate(host: host)
    }

    /// Opens the pool. Two processes opening a new log at once both switch it to WAL, which
    /// needs the file to themselves for a moment: the one that finds it taken ("database is
    /// locked", which the busy timeout does not cover there) waits a little and tries again.
    private static func openPool(path: String, configuration: Configuration) throws(AuditLogError) -> DatabasePool {
        for attempt in 1...openAttempts {
            do {
                return try DatabasePool(path: path, configuration: configuration)
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY && attempt < openAttempts {
                usleep(useconds_t(50_000 * attempt))
            } catch {
                throw AuditLogError(path: path, reason: "\(error)")
            }
        }
        throw AuditLogError(path: path, reason: "the file stayed locked by another process")
    }

    /// Applies the schema. Another process opening a new log at the same moment may be applying
    /// it too: our attempt then fails ("table audit_log already exists"), and is fine once the
    /// schema is complete. When the other is still between two steps of it, we wait a little and
    /// try again, up to `openAttempts` times (a fresh log used to refuse one of two keydesk
    /// processes started together now and then).
    private func migrate(host: String) throws(AuditLogError) {
        let migrator = AuditSchema.migrator(host: host)
        for attempt in 1...Self.openAttempts {
            do {
                try migrator.migrate(pool)
                return
            } catch {
                let complete = (try? pool.read { db in try migrator.hasCompletedMigrations(db) }) ?? false
                if complete { return }
                if attempt == Self.openAttempts {
                    throw AuditLogError(path: path, reason: "cannot create the schema: \(error)")
                }
                usleep(useconds_t(50_000 * attempt))
            }
        }
    }

    /// Tries at opening the log, and at applying its schema, while another process does too.
    static let openAttempts = 6

    /// Appends `entry` as the next row of its host's chain and returns it with its id.
    @discardableResult
    public func record(_ entry: AuditEntry) throws(AuditLogError) -> AuditRecord {
        do {
            return try pool.write { db in try AuditSQLiteRows.append(entry, in: db) }
        } catch {
            throw AuditLogError(path: path, reason: "cannot record \(entry.action): \(error)")
        }
    }

    /// Appends `entry` without blocking the calling thread while another process writes.
    @discardableResult
    public func record(_ entry: AuditEntry) async throws(AuditLogError) -> AuditRecord {
        do {
            return try await pool.write { db in try AuditSQLiteRows.append(entry, in: db) }
        } catch {
            throw AuditLogError(path: path, reason: "cannot record \(entry.action): \(error)")
        }
    }

    public func append(_ entry: AuditEntry) async throws(AuditLogError) -> AuditRecord {
        try await record(entry)
    }

    /// Entries newest first: at or after `since` if given, whose fields contain every word of
    /// `filter` (case-insensitive) if given, at most `limit` of them if given.
    public func entries(since: Date? = nil, matching filter: String? = nil, limit: Int? = nil) throws(AuditLogError) -> [AuditRecord] {
        let query = AuditQuery(selection: AuditSelection(since: since, filter: filter, limit: limit))
        do {
            return try pool.read { db in try query.fetch(db) }
        } catch {
            throw AuditLogError(path: path, reason: "cannot read entries: \(error)")
        }
    }

    /// The async form of `entries(since:matching:limit:)`.
    public func entries(since: Date? = nil, matching filter: String? = nil, limit: Int? = nil) async throws(AuditLogError) -> [AuditRecord] {
        try await entries(AuditSelection(since: since, filter: filter, limit: limit))
    }

    public func entries(_ selection: AuditSelection) async throws(AuditLogError) -> [AuditRecord] {
        let query = AuditQuery(selection: selection)
        do {
            return try await pool.read { db in try query.fetch(db) }
        } catch {
            throw AuditLogError(path: path, reason: "cannot read entries: \(error)")
        }
    }

    public func storedRows() async throws(AuditLogError) -> [AuditStoredRow] {
        do {
            return try await pool.read { db in try AuditSQLiteRows.fetch(db) }
        } catch {
            throw AuditLogError(path: path, reason: "cannot read rows: \(error)")
        }
    }

    /// Walks every host's chain (the blocking form of `AuditSink.verify()`).
    public func verify() throws(AuditLogError) -> AuditVerification {
        do {
            return AuditVerifier.verify(try pool.read { db in try AuditSQLiteRows.fetch(db) })
        } catch {
            throw AuditLogError(path: path, reason: "cannot read rows: \(error)")
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
}
