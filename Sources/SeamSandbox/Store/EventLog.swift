import GRDB

/// Appends Seam events (`acs_user.created`, `acs_credential.issued`, ...) inside the mutation's transaction.
enum EventLog {
    struct IDs {
        var acsSystemID: String? = nil
        var acsUserID: String? = nil
        var acsCredentialID: String? = nil
        var acsEntranceID: String? = nil
        var userIdentityID: String? = nil
        var enrollmentAutomationID: String? = nil
        var connectedAccountID: String? = nil
        var accessGrantID: String? = nil
        var accessMethodID: String? = nil
        var deviceID: String? = nil
    }

    /// `extra`: further members of the event object that its type requires (`access_grant_ids`,
    /// `connected_account_errors`, ...), stored as JSON.
    static func record(_ db: Database, type: String, now: Int64, occurredAt: Int64? = nil, description: String, ids: IDs,
                       extra: [(String, JSONValue)] = []) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO events (id, event_type, created_at, occurred_at, description, acs_system_id, acs_user_id,
            acs_credential_id, acs_entrance_id, user_identity_id, enrollment_automation_id, connected_account_id,
            access_grant_id, access_method_id, device_id, extra)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let extraText = extra.isEmpty ? nil : String(decoding: JSONWriter.bytes(.object(extra)), as: UTF8.self)
        try statement.execute(arguments: [
            Identifiers.random(), type, now, occurredAt ?? now, description, ids.acsSystemID, ids.acsUserID,
            ids.acsCredentialID, ids.acsEntranceID, ids.userIdentityID, ids.enrollmentAutomationID, ids.connectedAccountID,
            ids.accessGrantID, ids.accessMethodID, ids.deviceID, extraText,
        ])
    }
}
