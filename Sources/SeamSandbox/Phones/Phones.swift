import GRDB

/// Adds a phone to a user identity, and its copies of the identity's multi-phone-sync keys.
enum Phones {
    /// The new phone's id; 404 for an unknown identity.
    static func add(_ db: Database, identityID: String, deviceType: String, manufacturer: String, model: String, osVersion: String,
                    installationID: String?, now: Int64, dueAt: Int64, id: String = Identifiers.random()) throws -> String {
        _ = try db.require(.identities, identityID)
        try db.execute(sql: """
            INSERT INTO phones (id, user_identity_id, device_type, manufacturer, model, os_version, custom_sdk_installation_id, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [id, identityID, deviceType, manufacturer, model, osVersion, installationID, now])
        let phone = try db.require(.phones, id)
        try PhoneCopies.issue(db, forPhone: phone, now: now, dueAt: dueAt)
        return id
    }
}
