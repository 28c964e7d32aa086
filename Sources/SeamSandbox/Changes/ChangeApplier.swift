import GRDB

/// Applies a change whose issue delay has passed (or at once with no delay): a deletion removes
/// the resource with its events; other changes already show their new values (Seam's desired
/// state), so applying them only ends the pending state, with the event the spec has for it.
enum ChangeApplier {
    static func apply(_ db: Database, _ change: PendingChange, now: Int64) throws {
        switch (change.resource, change.kind) {
        case (.acsUser, .deleting):
            if let user = try Row.fetchOne(db, sql: "SELECT * FROM acs_users WHERE id = ?", arguments: [change.resourceID]) {
                try Mutations.deleteUser(db, user, now: now)
            }
        case (.acsCredential, .deleting):
            // A credential whose user is on its way out goes with the user, invalidated.
            let userID = try String.fetchOne(db, sql: "SELECT acs_user_id FROM acs_credentials WHERE id = ?", arguments: [change.resourceID])
            if let userID, try PendingChanges.isBeingDeleted(db, userID) { return }
            try Mutations.deleteCredential(db, change.resourceID, now: now)
        case (.accessGrant, .deleting):
            try GrantMutations.deleteGrant(db, change.resourceID, now: now)
        case (.accessMethod, .deleting):
            try GrantMutations.deleteMethod(db, change.resourceID, now: now)
        case (.accessGrant, .updatingAccessTimes):
            try GrantMutations.recordTimesChanged(db, change.resourceID, now: now)
        default:
            break
        }
    }
}
