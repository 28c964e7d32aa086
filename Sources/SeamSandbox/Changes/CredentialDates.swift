import GRDB

/// New dates for a credential: they show at once (Seam's desired state) on it and its phone
/// copies, with `is_latest_desired_state_synced_with_provider: false` until the issue delay has
/// passed and the building has them.
enum CredentialDates {
    static func change(_ db: Database, _ id: String, startsAt: Int64?, endsAt: Int64?, delay: Int64, now: Int64) throws {
        try db.execute(sql: "UPDATE acs_credentials SET starts_at = ?, ends_at = ? WHERE id = ? OR parent_acs_credential_id = ?",
                       arguments: [startsAt, endsAt, id, id])
        let copies = try String.fetchAll(db, sql: "SELECT id FROM acs_credentials WHERE parent_acs_credential_id = ?", arguments: [id])
        for credentialID in [id] + copies {
            try PendingChanges.schedule(db, .acsCredential, credentialID, .updatingDates, delay: delay, now: now)
        }
    }
}
