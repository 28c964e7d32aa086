import GRDB

/// A multi-phone-sync key's copies: one child credential per phone of its holder's user
/// identity (the README, "What keydesk shows for Seam's 2026 states"), each with `parent_acs_credential_id` and issued after the issue
/// delay like any credential. Made when the key is made, and when a phone is added; revoked
/// with the phone.
enum PhoneCopies {
    /// Children of a new multi-phone-sync key, one per phone of its holder.
    static func issue(_ db: Database, parentID: String, now: Int64, dueAt: Int64) throws {
        guard let parent = try Row.fetchOne(db, sql: "SELECT * FROM acs_credentials WHERE id = ?", arguments: [parentID]),
              let userID: String = parent["acs_user_id"],
              let identityID = try String.fetchOne(db, sql: "SELECT user_identity_id FROM acs_users WHERE id = ?", arguments: [userID]) else { return }
        for phone in try Row.fetchAll(db, sql: "SELECT * FROM phones WHERE user_identity_id = ? ORDER BY created_at, id", arguments: [identityID]) {
            try insertChild(db, parent: parent, phone: phone, now: now, dueAt: dueAt)
        }
    }

    /// Children for a new phone: one of each multi-phone-sync key its owner holds (keys on their
    /// way out excepted).
    static func issue(_ db: Database, forPhone phone: Row, now: Int64, dueAt: Int64) throws {
        let parents = try Row.fetchAll(db, sql: """
            SELECT c.* FROM acs_credentials c JOIN acs_users u ON u.id = c.acs_user_id
            WHERE u.user_identity_id = ? AND c.is_multi_phone_sync = 1 AND c.parent_acs_credential_id IS NULL
            AND NOT EXISTS (SELECT 1 FROM pending_changes pc WHERE pc.resource_id = c.id AND pc.kind = 'deleting')
            ORDER BY c.created_at, c.id
            """, arguments: [phone["user_identity_id"] as String])
        for parent in parents { try insertChild(db, parent: parent, phone: phone, now: now, dueAt: dueAt) }
    }

    /// Copies of the keys of a user just linked to an identity, on each of the identity's phones
    /// that does not hold one yet.
    static func issue(_ db: Database, forLinkedUser userID: String, now: Int64, dueAt: Int64) throws {
        let parents = try Row.fetchAll(db, sql: """
            SELECT * FROM acs_credentials WHERE acs_user_id = ? AND is_multi_phone_sync = 1 AND parent_acs_credential_id IS NULL ORDER BY created_at, id
            """, arguments: [userID])
        let phones = try Row.fetchAll(db, sql: """
            SELECT ph.* FROM phones ph JOIN acs_users u ON u.user_identity_id = ph.user_identity_id WHERE u.id = ? ORDER BY ph.created_at, ph.id
            """, arguments: [userID])
        for parent in parents {
            for phone in phones where try !hasCopy(db, parentID: parent["id"], phoneID: phone["id"]) {
                try insertChild(db, parent: parent, phone: phone, now: now, dueAt: dueAt)
            }
        }
    }

    static func hasCopy(_ db: Database, parentID: String, phoneID: String) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT 1 FROM acs_credentials WHERE parent_acs_credential_id = ? AND phone_id = ?", arguments: [parentID, phoneID]) ?? false
    }

    /// Revokes the phone's copies: each is deleted after the issue delay (`being_deleted` meanwhile).
    static func revoke(_ db: Database, phoneID: String, delay: Int64, now: Int64) throws {
        for childID in try String.fetchAll(db, sql: "SELECT id FROM acs_credentials WHERE phone_id = ?", arguments: [phoneID]) {
            try PendingChanges.schedule(db, .acsCredential, childID, .deleting, delay: delay, now: now)
        }
    }

    static func insertChild(_ db: Database, parent: Row, phone: Row, now: Int64, dueAt: Int64) throws {
        let phoneName = PhoneRecords.displayName(phone)
        let parentName: String = parent["display_name"]
        try db.execute(sql: """
            INSERT INTO acs_credentials (id, acs_system_id, acs_user_id, access_method, code, display_name, is_multi_phone_sync,
            credential_manager_acs_system_id, starts_at, ends_at, is_issued, issued_at, issue_due_at, created_at,
            parent_acs_credential_id, phone_id)
            VALUES (?, ?, ?, 'mobile_key', NULL, ?, 0, ?, ?, ?, 0, NULL, ?, ?, ?, ?)
            """, arguments: [Identifiers.random(), parent["acs_system_id"] as String, parent["acs_user_id"] as String?,
                             "\(parentName) on \(phoneName)", parent["credential_manager_acs_system_id"] as String?,
                             parent["starts_at"] as Int64?, parent["ends_at"] as Int64?, max(dueAt, now), now,
                             parent["id"] as String, phone["id"] as String])
    }
}
