import GRDB

/// Mutations shared by several routes; each records its events in the same transaction.
enum Mutations {
    struct NewUser {
        var systemID: String
        var fullName: String
        var email: String?
        var phone: String?
        var identityID: String?
        var startsAt: Int64?
        var endsAt: Int64?
    }

    @discardableResult
    static func createUser(_ db: Database, _ user: NewUser, now: Int64) throws -> String {
        let system = try db.require(.systems, user.systemID)
        try LatchRules.requireLatchBuilding(system)
        if let identityID = user.identityID {
            try LatchRules.checkOneUserPerSystem(db, identityID: identityID, systemID: user.systemID)
        }
        let id = Identifiers.random()
        try db.execute(sql: """
            INSERT INTO acs_users (id, acs_system_id, user_identity_id, full_name, email_address, phone_number, access_starts_at, access_ends_at, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [id, user.systemID, user.identityID, user.fullName, user.email, user.phone, user.startsAt, user.endsAt, now])
        try EventLog.record(db, type: "acs_user.created", now: now, description: "An access system user was created.",
                            ids: .init(acsSystemID: user.systemID, acsUserID: id, userIdentityID: user.identityID, connectedAccountID: system["connected_account_id"]))
        return id
    }

    /// The identity's ACS user in `systemID`: the linked one, else an unlinked one with the same
    /// email or phone (which gets linked, its keys copied to the identity's phones, due at
    /// `dueAt`), else a new one made from the identity's details.
    static func userForIdentity(_ db: Database, identityID: String, systemID: String, now: Int64, dueAt: Int64) throws -> String {
        let identity = try db.require(.identities, identityID)
        if let existing = try String.fetchOne(db, sql: "SELECT id FROM acs_users WHERE user_identity_id = ? AND acs_system_id = ?", arguments: [identityID, systemID]) {
            return existing
        }
        let email: String? = identity["email_address"]
        let phone: String? = identity["phone_number"]
        if let match = try String.fetchOne(db, sql: """
            SELECT id FROM acs_users WHERE acs_system_id = ? AND user_identity_id IS NULL AND is_latch_resident = 0
            AND ((email_address IS NOT NULL AND email_address = ? COLLATE NOCASE) OR (phone_number IS NOT NULL AND phone_number = ?))
            ORDER BY created_at, id LIMIT 1
            """, arguments: [systemID, email, phone]) {
            try db.execute(sql: "UPDATE acs_users SET user_identity_id = ? WHERE id = ?", arguments: [identityID, match])
            try PhoneCopies.issue(db, forLinkedUser: match, now: now, dueAt: dueAt)
            return match
        }
        let name: String = identity["full_name"] ?? email ?? phone ?? identity["user_identity_key"] ?? "Resident"
        return try createUser(db, NewUser(systemID: systemID, fullName: name, email: email, phone: phone, identityID: identityID), now: now)
    }

    /// What a new credential is made of, from `acs/credentials/create` or an Access Grant.
    struct NewCredential {
        var systemID: String
        var userID: String
        var method: String
        var entranceIDs: [String]
        var multiPhone: Bool
        var managerID: String? = nil
        var startsAt: Int64
        var endsAt: Int64?
    }

    /// Inserts a credential (not yet issued, due at `dueAt`) with its entrances; a
    /// multi-phone-sync key also gets one child per phone of its holder (`PhoneCopies`).
    static func createCredential(_ db: Database, _ credential: NewCredential, now: Int64, dueAt: Int64) throws -> String {
        let displayName: String
        if credential.method == "code" {
            displayName = try String.fetchOne(db, sql: "SELECT display_name FROM acs_entrances WHERE id = ?", arguments: [credential.entranceIDs[0]]) ?? "PIN code"
        } else {
            displayName = credential.multiPhone ? "Multi Phone Sync Credential" : "Mobile Key"
        }
        let id = Identifiers.random()
        try db.execute(sql: """
            INSERT INTO acs_credentials (id, acs_system_id, acs_user_id, access_method, code, display_name, is_multi_phone_sync,
            credential_manager_acs_system_id, starts_at, ends_at, is_issued, issued_at, issue_due_at, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, NULL, ?, ?)
            """, arguments: [id, credential.systemID, credential.userID, credential.method, LatchRules.generatePIN(), displayName,
                             credential.multiPhone, credential.managerID, credential.startsAt, credential.endsAt, dueAt, now])
        for entranceID in credential.entranceIDs {
            try db.execute(sql: "INSERT INTO credential_entrances (acs_credential_id, acs_entrance_id) VALUES (?, ?)", arguments: [id, entranceID])
        }
        if credential.multiPhone { try PhoneCopies.issue(db, parentID: id, now: now, dueAt: dueAt) }
        return id
    }

    /// Removes a credential now, with its phone copies, its links and what was pending or wrong
    /// on it; `acs_credential.deleted` for each (preceded by `acs_credential.invalidated` when
    /// `invalidated`, as when its user is deleted). Nothing happens for an unknown id.
    static func deleteCredential(_ db: Database, _ id: String, now: Int64, invalidated: Bool = false) throws {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT c.acs_system_id, c.acs_user_id, s.connected_account_id FROM acs_credentials c JOIN acs_systems s ON s.id = c.acs_system_id WHERE c.id = ?
            """, arguments: [id]) else { return }
        for childID in try String.fetchAll(db, sql: "SELECT id FROM acs_credentials WHERE parent_acs_credential_id = ?", arguments: [id]) {
            try deleteCredential(db, childID, now: now, invalidated: invalidated)
        }
        try db.execute(sql: "DELETE FROM credential_entrances WHERE acs_credential_id = ?", arguments: [id])
        try db.execute(sql: "DELETE FROM access_method_credentials WHERE acs_credential_id = ?", arguments: [id])
        try db.execute(sql: "DELETE FROM acs_credentials WHERE id = ?", arguments: [id])
        try Problems.clear(db, resourceID: id)
        try PendingChanges.forget(db, resourceID: id)
        let ids = EventLog.IDs(acsSystemID: row["acs_system_id"], acsUserID: row["acs_user_id"], acsCredentialID: id, connectedAccountID: row["connected_account_id"])
        if invalidated {
            try EventLog.record(db, type: "acs_credential.invalidated", now: now, description: "An access system credential was invalidated.", ids: ids)
        }
        try EventLog.record(db, type: "acs_credential.deleted", now: now, description: "An access system credential was deleted.", ids: ids)
    }

    /// Deletes an ACS user and invalidates its credentials (as Seam's OpenAPI, spec/seam-openapi.json, has it).
    static func deleteUser(_ db: Database, _ user: Row, now: Int64) throws {
        let id: String = user["id"]
        for credentialID in try String.fetchAll(db, sql: "SELECT id FROM acs_credentials WHERE acs_user_id = ? AND parent_acs_credential_id IS NULL", arguments: [id]) {
            try deleteCredential(db, credentialID, now: now, invalidated: true)
        }
        let accountID = try String.fetchOne(db, sql: "SELECT connected_account_id FROM acs_systems WHERE id = ?", arguments: [user["acs_system_id"] as String])
        try db.execute(sql: "DELETE FROM acs_users WHERE id = ?", arguments: [id])
        try Problems.clear(db, resourceID: id)
        try PendingChanges.forget(db, resourceID: id)
        try EventLog.record(db, type: "acs_user.deleted", now: now, description: "An access system user was deleted.",
                            ids: .init(acsSystemID: user["acs_system_id"], acsUserID: id, userIdentityID: user["user_identity_id"], connectedAccountID: accountID))
    }
}
