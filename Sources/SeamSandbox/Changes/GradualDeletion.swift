import GRDB

/// Deletions as Seam makes them: the resource stays, marked `being_deleted` (and, for an ACS
/// user, a `deleting` pending mutation), for the issue delay, then disappears with its events.
/// With no delay it goes at once.
enum GradualDeletion {
    /// A credential and its phone copies.
    static func deleteCredential(_ db: Database, _ id: String, delay: Int64, now: Int64) throws {
        let copies = try String.fetchAll(db, sql: "SELECT id FROM acs_credentials WHERE parent_acs_credential_id = ?", arguments: [id])
        for credentialID in [id] + copies {
            try PendingChanges.schedule(db, .acsCredential, credentialID, .deleting, delay: delay, now: now)
        }
    }

    /// An ACS user; its credentials are marked too, and are invalidated when it goes.
    static func deleteUser(_ db: Database, _ user: Row, delay: Int64, now: Int64) throws {
        let id: String = user["id"]
        guard delay > 0 else {
            try Mutations.deleteUser(db, user, now: now)
            return
        }
        let mutation = PendingChange.mutation("deleting", message: "Seam is deleting the user from the access system.", createdAt: now)
        try PendingChanges.schedule(db, .acsUser, id, .deleting, mutation: mutation, delay: delay, now: now)
        for credentialID in try String.fetchAll(db, sql: "SELECT id FROM acs_credentials WHERE acs_user_id = ?", arguments: [id]) {
            try PendingChanges.schedule(db, .acsCredential, credentialID, .deleting, delay: delay, now: now)
        }
    }
}
