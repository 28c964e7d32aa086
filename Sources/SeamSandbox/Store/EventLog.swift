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
    }

    static func record(_ db: Database, type: String, now: Int64, occurredAt: Int64? = nil, description: String, ids: IDs) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO events (id, event_type, created_at, occurred_at, description, acs_system_id, acs_user_id,
            acs_credential_id, acs_entrance_id, user_identity_id, enrollment_automation_id, connected_account_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        try statement.execute(arguments: [
            Identifiers.random(), type, now, occurredAt ?? now, description, ids.acsSystemID, ids.acsUserID,
            ids.acsCredentialID, ids.acsEntranceID, ids.userIdentityID, ids.enrollmentAutomationID, ids.connectedAccountID,
        ])
    }
}
