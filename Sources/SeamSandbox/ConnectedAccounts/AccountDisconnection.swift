import GRDB

/// A Latch login that stops working (`connected_accounts/simulate/disconnect`, or the demo
/// seed's disconnected building): `account_disconnected` on the account and on each of its
/// access systems, with `connected_account.disconnected` and `acs_system.disconnected` events.
enum AccountDisconnection {
    static let accountMessage = "The Latch account was disconnected; sign in again through a Connect Webview."
    static let systemMessage = "The Latch account this building comes from is disconnected; reconnect it to manage the building."

    static func disconnect(_ db: Database, accountID: String, now: Int64) throws {
        _ = try db.require(.connectedAccounts, accountID)
        let accountError: [(String, JSONValue)] = [("is_connected_account_error", .bool(true))]
        try Problems.add(db, resourceID: accountID, code: "account_disconnected", isError: true, message: accountMessage, now: now, extra: accountError)
        let accountErrors = JSONValue.array([Problems.entry(code: "account_disconnected", isError: true, message: accountMessage, createdAt: now,
                                                            extra: accountError)])
        try EventLog.record(db, type: "connected_account.disconnected", now: now, description: "A connected account was disconnected.",
                            ids: .init(connectedAccountID: accountID),
                            extra: [("connected_account_errors", accountErrors), ("connected_account_warnings", .array([]))])
        for systemID in try String.fetchAll(db, sql: "SELECT id FROM acs_systems WHERE connected_account_id = ? ORDER BY created_at, id", arguments: [accountID]) {
            try Problems.add(db, resourceID: systemID, code: "account_disconnected", isError: true, message: systemMessage, now: now)
            let systemErrors = JSONValue.array([Problems.entry(code: "account_disconnected", isError: true, message: systemMessage, createdAt: now)])
            try EventLog.record(db, type: "acs_system.disconnected", now: now, description: "An access system was disconnected.",
                                ids: .init(acsSystemID: systemID, connectedAccountID: accountID),
                                extra: [("acs_system_errors", systemErrors), ("acs_system_warnings", .array([])),
                                        ("connected_account_errors", accountErrors), ("connected_account_warnings", .array([]))])
        }
    }
}
