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
    /// email or phone (which gets linked), else a new one made from the identity's details.
    static func userForIdentity(_ db: Database, identityID: String, systemID: String, now: Int64) throws -> String {
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
            return match
        }
        let name: String = identity["full_name"] ?? email ?? phone ?? identity["user_identity_key"] ?? "Resident"
        return try createUser(db, NewUser(systemID: systemID, fullName: name, email: email, phone: phone, identityID: identityID), now: now)
    }

    static func deleteCredential(_ db: Database, _ id: String, now: Int64) throws {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT c.acs_system_id, c.acs_user_id, s.connected_account_id FROM acs_credentials c JOIN acs_systems s ON s.id = c.acs_system_id WHERE c.id = ?
            """, arguments: [id]) else { return }
        try db.execute(sql: "DELETE FROM credential_entrances WHERE acs_credential_id = ?", arguments: [id])
        try db.execute(sql: "DELETE FROM acs_credentials WHERE id = ?", arguments: [id])
        try EventLog.record(db, type: "acs_credential.deleted", now: now, description: "An access system credential was deleted.",
                            ids: .init(acsSystemID: row["acs_system_id"], acsUserID: row["acs_user_id"], acsCredentialID: id, connectedAccountID: row["connected_account_id"]))
    }

    /// Deletes an ACS user and its credentials (the real API invalidates them).
    static func deleteUser(_ db: Database, _ user: Row, now: Int64) throws {
        let id: String = user["id"]
        for credentialID in try String.fetchAll(db, sql: "SELECT id FROM acs_credentials WHERE acs_user_id = ?", arguments: [id]) {
            try deleteCredential(db, credentialID, now: now)
        }
        let accountID = try String.fetchOne(db, sql: "SELECT connected_account_id FROM acs_systems WHERE id = ?", arguments: [user["acs_system_id"] as String])
        try db.execute(sql: "DELETE FROM acs_users WHERE id = ?", arguments: [id])
        try EventLog.record(db, type: "acs_user.deleted", now: now, description: "An access system user was deleted.",
                            ids: .init(acsSystemID: user["acs_system_id"], acsUserID: id, userIdentityID: user["user_identity_id"], connectedAccountID: accountID))
    }
}
