import GRDB

/// Schedules changes for the issue delay (`--issue-delay`), or applies them at once when the
/// delay is zero, and gives the SQL that renders what is pending on a resource.
enum PendingChanges {
    /// Records `change` as pending, replacing a pending change of the same kind on the same
    /// resource (a second suspend, new dates again); a pending deletion is kept as it was. With
    /// `delay` zero the change is applied now instead.
    static func schedule(_ db: Database, _ change: PendingChange, delay: Int64, now: Int64) throws {
        guard delay > 0 else {
            try ChangeApplier.apply(db, change, now: now)
            return
        }
        let existing = try String.fetchOne(db, sql: "SELECT id FROM pending_changes WHERE resource_id = ? AND kind = ?",
                                           arguments: [change.resourceID, change.kind.rawValue])
        if let existing {
            if change.kind == .deleting { return }
            try db.execute(sql: "DELETE FROM pending_changes WHERE id = ?", arguments: [existing])
        }
        func text(_ value: JSONValue?) -> String? { value.map { String(decoding: JSONWriter.bytes($0), as: UTF8.self) } }
        try db.execute(sql: """
            INSERT INTO pending_changes (id, resource_type, resource_id, kind, mutation, created_at, due_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [Identifiers.random(), change.resource.rawValue, change.resourceID, change.kind.rawValue,
                             text(change.mutation), change.createdAt, change.dueAt])
    }

    /// `schedule` for a change made now, due after `delay`.
    static func schedule(_ db: Database, _ resource: ProblemResource, _ resourceID: String, _ kind: PendingChange.Kind,
                         mutation: JSONValue? = nil, delay: Int64, now: Int64) throws {
        try schedule(db, PendingChange(resource: resource, resourceID: resourceID, kind: kind, mutation: mutation, createdAt: now, dueAt: now + delay),
                     delay: delay, now: now)
    }

    /// Applies every change due by `now`, oldest first.
    static func applyDue(_ db: Database, now: Int64) throws {
        let rows = try Row.fetchAll(db, sql: "SELECT * FROM pending_changes WHERE due_at <= ? ORDER BY due_at, created_at, id", arguments: [now])
        for row in rows {
            let id: String = row["id"]
            // An earlier change in this loop (a grant's deletion) may have removed this one.
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM pending_changes WHERE id = ?", arguments: [id]) == true else { continue }
            try db.execute(sql: "DELETE FROM pending_changes WHERE id = ?", arguments: [id])
            if let change = PendingChange(row: row) { try ChangeApplier.apply(db, change, now: now) }
        }
    }

    /// Forgets what was pending on a resource that is gone.
    static func forget(_ db: Database, resourceID: String) throws {
        try db.execute(sql: "DELETE FROM pending_changes WHERE resource_id = ?", arguments: [resourceID])
    }

    /// True while a deletion of the resource is pending.
    static func isBeingDeleted(_ db: Database, _ resourceID: String) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT 1 FROM pending_changes WHERE resource_id = ? AND kind = 'deleting'", arguments: [resourceID]) ?? false
    }

    /// SQL columns for a rendering SELECT whose row id is `idColumn`: `pending_mutations` (the
    /// comma-joined entries), `deleting_since` (when a pending deletion was asked for) and
    /// `pending_count`.
    static func columns(_ idColumn: String) -> String {
        """
        (SELECT group_concat(m.mutation, ',') FROM (SELECT mutation FROM pending_changes WHERE resource_id = \(idColumn) AND mutation IS NOT NULL ORDER BY created_at, id) m) AS pending_mutations,
        (SELECT MIN(created_at) FROM pending_changes WHERE resource_id = \(idColumn) AND kind = 'deleting') AS deleting_since,
        (SELECT COUNT(*) FROM pending_changes WHERE resource_id = \(idColumn)) AS pending_count
        """
    }

    /// The `being_deleted` warning of a resource whose deletion is pending.
    static func beingDeletedWarning(since: Int64, noun: String) -> JSONValue {
        Problems.entry(code: "being_deleted", message: "The \(noun) is being deleted.", createdAt: since)
    }
}
