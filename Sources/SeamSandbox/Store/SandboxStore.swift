import Foundation
import GRDB
import Synchronization

/// The sandbox's SQLite database: opens it (WAL pool on disk, a queue in memory), migrates it,
/// seeds it once when new, and settles credential issuance.
final class SandboxStore: Sendable {
    let writer: any DatabaseWriter
    let workspaceID: String
    let issueDelayMillis: Int64
    /// Rendered credentials for the hot read routes, invalidated by the store generation.
    let credentialCache = CredentialCache()
    /// The earliest due time of a pending credential as far as this process knows; `Int64.min`
    /// means "look in the database". Requests skip the issuance check while it lies in the future;
    /// the background sweep refreshes it, which covers credentials made by other processes.
    private let earliestPendingDue = Mutex<(due: Int64, generation: Int)>((Int64.min, 0))

    init(storage: SandboxStorage, seed: SandboxSeed, issueDelay: Duration) throws {
        var config = Configuration()
        config.busyMode = .timeout(10)
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        switch storage {
        case .inMemory:
            writer = try DatabaseQueue(configuration: config)
        case .directory(let path):
            try PrivateFiles.makeDirectories(path)
            let databasePath = (path as NSString).appendingPathComponent("sandbox.sqlite")
            try PrivateFiles.prepareDatabase(at: databasePath)
            config.maximumReaderCount = 8
            writer = try DatabasePool(path: databasePath, configuration: config)
        }
        let (seconds, attoseconds) = issueDelay.components
        issueDelayMillis = max(0, seconds * 1000 + attoseconds / 1_000_000_000_000_000)
        try Schema.migrator.migrate(writer)
        workspaceID = try writer.write { db in
            if let existing = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'workspace_id'") {
                return existing
            }
            let id = Identifiers.derived("workspace")
            try db.execute(sql: "INSERT INTO meta (key, value) VALUES ('workspace_id', ?), ('seed', ?)", arguments: [id, seed.rawValue])
            var builder = SeedBuilder(db: db, seed: seed, now: Timestamp.now())
            try builder.build()
            return id
        }
    }

    /// One read transaction, run on the calling thread: reads are short, and skipping the hop to
    /// GRDB's reader queue and back saves two thread switches per request (measured on the
    /// list benchmark). It never waits for anything that needs the concurrency pool: a reader
    /// is free or soon released, and writes run on GRDB's writer queue.
    func read<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        try readOnCallingThread(body)
    }

    private func readOnCallingThread<T>(_ body: (Database) throws -> T) throws -> T {
        try writer.read(body)
    }

    /// One write transaction; when it changed any row it also bumps the store generation, so
    /// caches of rendered objects (here and in other processes) see the change.
    func write<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        try await writer.write { db in
            let changesBefore = db.totalChangesCount
            let result = try body(db)
            if db.totalChangesCount != changesBefore { try db.bumpStoreGeneration() }
            return result
        }
    }

    // MARK: issuance and pending changes

    /// Called after a write that may have scheduled something due at `dueAt` (a credential to
    /// issue, a pending change), so the next request settles it on time.
    func noteDue(at dueAt: Int64) {
        earliestPendingDue.withLock { state in
            state.generation += 1
            if state.due != Int64.min { state.due = min(state.due, dueAt) }
        }
    }

    /// Issues every credential whose due time has passed and applies every pending change that
    /// is due, emitting each event exactly once even when several processes share the database.
    func settleDueChanges(now: Int64) async throws {
        guard earliestPendingDue.withLock({ $0.due }) <= now else { return }
        try await sweep(now: now)
    }

    /// Settles what is due and refreshes the earliest due time from the database.
    func sweep(now: Int64) async throws {
        let generation = earliestPendingDue.withLock { $0.generation }
        let earliest = try await read { db in try Self.earliestDue(db) }
        if let earliest, earliest <= now {
            try await write { db in
                try Self.settleIssuance(db, now: now)
                try PendingChanges.applyDue(db, now: now)
            }
            let next = try await read { db in try Self.earliestDue(db) }
            store(next, seenGeneration: generation)
        } else {
            store(earliest, seenGeneration: generation)
        }
    }

    /// The earliest time something is due: a credential to issue or a pending change.
    static func earliestDue(_ db: Database) throws -> Int64? {
        let issue = try Int64.fetchOne(db, sql: "SELECT MIN(issue_due_at) FROM acs_credentials WHERE is_issued = 0")
        let change = try Int64.fetchOne(db, sql: "SELECT MIN(due_at) FROM pending_changes")
        return [issue, change].compactMap { $0 }.min()
    }

    /// Records a freshly read earliest due time, unless something was scheduled meanwhile
    /// (then the smaller of the two wins, so it is not skipped).
    private func store(_ earliest: Int64?, seenGeneration: Int) {
        earliestPendingDue.withLock { state in
            let value = earliest ?? Int64.max
            state.due = state.generation == seenGeneration || state.due == Int64.min ? value : min(value, state.due)
        }
    }

    static func settleIssuance(_ db: Database, now: Int64) throws {
        let rows = try Row.fetchAll(db, sql: """
            SELECT c.id, c.acs_system_id, c.issue_due_at, s.connected_account_id FROM acs_credentials c
            JOIN acs_systems s ON s.id = c.acs_system_id WHERE c.is_issued = 0 AND c.issue_due_at <= ?
            """, arguments: [now])
        for row in rows {
            let id: String = row["id"]
            let dueAt: Int64 = row["issue_due_at"]
            try db.execute(sql: "UPDATE acs_credentials SET is_issued = 1, issued_at = ? WHERE id = ? AND is_issued = 0", arguments: [dueAt, id])
            if db.changesCount == 1 {
                try EventLog.record(db, type: "acs_credential.issued", now: now, occurredAt: dueAt,
                                    description: "An access system credential was issued.",
                                    ids: .init(acsSystemID: row["acs_system_id"], acsCredentialID: id, connectedAccountID: row["connected_account_id"]))
                try GrantMutations.noteCredentialIssued(db, credentialID: id, issuedAt: dueAt, now: now)
            }
        }
    }
}
