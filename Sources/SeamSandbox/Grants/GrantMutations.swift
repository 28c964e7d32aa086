import GRDB

/// What happens to an Access Grant underneath, under the Latch rules (LatchRules): each
/// requested `mobile_key` becomes one access method backed by one multi-phone-sync key per
/// building (in the ACS user the grant creates or reuses there); each requested `code` becomes
/// one access method per entrance, backed by one generated 7-digit PIN for that entrance, since a
/// Latch PIN opens exactly one door. Cards and cloud keys cannot be made on Latch: the grant gets
/// `cannot_create_requested_access_methods`.
enum GrantMutations {
    /// One entry of `requested_access_methods`, as validated by `GrantRequestParser`.
    struct Request: Sendable {
        var mode: String
        var instantKeyMaxUseCount: Int64?
    }

    /// Appends `requests` to the grant and makes their access methods and credentials.
    static func addRequests(_ db: Database, grantID: String, _ requests: [Request], now: Int64, dueAt: Int64) throws {
        let grant = try db.require(.accessGrants, grantID)
        let identityID: String = grant["user_identity_id"]
        let entrances = try Row.fetchAll(db, sql: """
            SELECT e.id, e.acs_system_id, e.display_name FROM access_grant_entrances ge JOIN acs_entrances e ON e.id = ge.acs_entrance_id
            WHERE ge.access_grant_id = ? ORDER BY e.created_at, e.id
            """, arguments: [grantID])
        var systems: [String] = []
        for entrance in entrances where !systems.contains(entrance["acs_system_id"]) { systems.append(entrance["acs_system_id"]) }
        var users: [String: String] = [:]
        for systemID in systems { users[systemID] = try Mutations.userForIdentity(db, identityID: identityID, systemID: systemID, now: now, dueAt: dueAt) }
        var position = try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(position) + 1, 0) FROM access_grant_requests WHERE access_grant_id = ?", arguments: [grantID]) ?? 0
        let dates = (starts: grant["starts_at"] as Int64, ends: grant["ends_at"] as Int64?)
        for request in requests {
            try db.execute(sql: "INSERT INTO access_grant_requests (access_grant_id, position, mode, instant_key_max_use_count, created_at) VALUES (?, ?, ?, ?, ?)",
                           arguments: [grantID, position, request.mode, request.instantKeyMaxUseCount, now])
            switch request.mode {
            case "mobile_key":
                let methodID = try insertMethod(db, grant: grant, position: position, mode: "mobile_key", displayName: "Mobile key", entranceID: nil, now: now)
                for systemID in systems {
                    let ids = entrances.filter { $0["acs_system_id"] == systemID }.map { $0["id"] as String }
                    let credentialID = try Mutations.createCredential(db, .init(systemID: systemID, userID: users[systemID]!, method: "mobile_key", entranceIDs: ids,
                                                                                multiPhone: true, startsAt: dates.starts, endsAt: dates.ends), now: now, dueAt: dueAt)
                    try link(db, methodID, credentialID)
                }
            case "code":
                for entrance in entrances {
                    let systemID: String = entrance["acs_system_id"]
                    let methodID = try insertMethod(db, grant: grant, position: position, mode: "code",
                                                    displayName: "PIN code for \(entrance["display_name"] as String)", entranceID: entrance["id"], now: now)
                    let credentialID = try Mutations.createCredential(db, .init(systemID: systemID, userID: users[systemID]!, method: "code", entranceIDs: [entrance["id"]],
                                                                                multiPhone: false, startsAt: dates.starts, endsAt: dates.ends), now: now, dueAt: dueAt)
                    try link(db, methodID, credentialID)
                }
            default:
                let message = "Latch buildings cannot issue \(request.mode) access methods; request mobile_key or code."
                try Problems.add(db, resourceID: grantID, code: "cannot_create_requested_access_methods", isError: true, message: message, now: now)
                try EventLog.record(db, type: "access_grant.could_not_create_requested_access_methods", now: now,
                                    description: "Seam could not create the requested access methods.", ids: .init(accessGrantID: grantID),
                                    extra: [("error_message", .string(message))])
            }
            position += 1
        }
    }

    private static func insertMethod(_ db: Database, grant: Row, position: Int, mode: String, displayName: String, entranceID: String?, now: Int64) throws -> String {
        let id = Identifiers.random()
        try db.execute(sql: """
            INSERT INTO access_methods (id, access_grant_id, request_position, mode, display_name, acs_entrance_id, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [id, grant["id"] as String, position, mode, displayName, entranceID, now])
        try methodEvent(db, "access_method.created", id, grant: grant, now: now, description: "An access method was created.")
        return id
    }

    private static func link(_ db: Database, _ methodID: String, _ credentialID: String) throws {
        try db.execute(sql: "INSERT INTO access_method_credentials (access_method_id, acs_credential_id) VALUES (?, ?)", arguments: [methodID, credentialID])
    }

    /// An `access_method.*` event, which names the method's grant (`access_grant_ids`, `access_grant_keys`).
    static func methodEvent(_ db: Database, _ type: String, _ methodID: String, grant: Row, now: Int64, description: String,
                            extra: [(String, JSONValue)] = []) throws {
        var members: [(String, JSONValue)] = [("access_grant_ids", .strings([grant["id"]]))]
        if let key: String = grant["access_grant_key"] { members.append(("access_grant_keys", .strings([key]))) }
        try EventLog.record(db, type: type, now: now, description: description, ids: .init(accessMethodID: methodID), extra: members + extra)
    }

    /// After a credential is issued: `access_method.issued` for each method all of whose
    /// credentials are now issued, and `access_grant.access_granted_to_all_doors` once all of a
    /// grant's methods are.
    static func noteCredentialIssued(_ db: Database, credentialID: String, issuedAt: Int64, now: Int64) throws {
        let methods = try Row.fetchAll(db, sql: """
            SELECT m.id, m.mode, m.access_grant_id FROM access_method_credentials amc JOIN access_methods m ON m.id = amc.access_method_id
            WHERE amc.acs_credential_id = ?
            """, arguments: [credentialID])
        for method in methods {
            let methodID: String = method["id"]
            let pending = try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM access_method_credentials amc JOIN acs_credentials c ON c.id = amc.acs_credential_id
                WHERE amc.access_method_id = ? AND c.is_issued = 0
                """, arguments: [methodID]) ?? 0
            guard pending == 0 else { continue }
            let grant = try db.require(.accessGrants, method["access_grant_id"])
            let code = try String.fetchOne(db, sql: "SELECT c.code FROM access_method_credentials amc JOIN acs_credentials c ON c.id = amc.acs_credential_id WHERE amc.access_method_id = ?",
                                           arguments: [methodID])
            let codeMember: [(String, JSONValue)] = (method["mode"] as String) == "code" ? [("code", .optionalString(code))] : []
            try methodEvent(db, "access_method.issued", methodID, grant: grant, now: now, description: "An access method was issued.", extra: codeMember)
            let unissued = try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM access_methods m WHERE m.access_grant_id = ? AND EXISTS (SELECT 1 FROM access_method_credentials amc
                JOIN acs_credentials c ON c.id = amc.acs_credential_id WHERE amc.access_method_id = m.id AND c.is_issued = 0)
                """, arguments: [grant["id"] as String]) ?? 0
            if unissued == 0 {
                try EventLog.record(db, type: "access_grant.access_granted_to_all_doors", now: now, description: "The access grant gives access to all its doors.",
                                    ids: .init(accessGrantID: grant["id"]))
            }
        }
    }

    /// New times for the grant, its access methods and every credential behind them; pending
    /// (`updating_access_times`) for the issue delay.
    static func updateTimes(_ db: Database, grant: Row, startsAt: Int64, endsAt: Int64?, delay: Int64, now: Int64) throws {
        let grantID: String = grant["id"]
        let from = JSONValue.object([("ends_at", .timestamp(grant["ends_at"])), ("starts_at", .timestamp(grant["starts_at"]))])
        let to = JSONValue.object([("ends_at", .timestamp(endsAt)), ("starts_at", .timestamp(startsAt))])
        try db.execute(sql: "UPDATE access_grants SET starts_at = ?, ends_at = ? WHERE id = ?", arguments: [startsAt, endsAt, grantID])
        let methodIDs = try String.fetchAll(db, sql: "SELECT id FROM access_methods WHERE access_grant_id = ? ORDER BY created_at, id", arguments: [grantID])
        for methodID in methodIDs {
            for credentialID in try String.fetchAll(db, sql: "SELECT acs_credential_id FROM access_method_credentials WHERE access_method_id = ?", arguments: [methodID]) {
                try CredentialDates.change(db, credentialID, startsAt: startsAt, endsAt: endsAt, delay: delay, now: now)
            }
            let mutation = PendingChange.mutation("updating_access_times", message: "Seam is updating the access method's times.", createdAt: now, from: from, to: to)
            try PendingChanges.schedule(db, .accessMethod, methodID, .updatingAccessTimes, mutation: mutation, delay: delay, now: now)
        }
        let mutation = PendingChange.mutation("updating_access_times", message: "Seam is updating the access grant's times.", createdAt: now, from: from, to: to,
                                              extra: [("access_method_ids", .strings(methodIDs))])
        try PendingChanges.schedule(db, .accessGrant, grantID, .updatingAccessTimes, mutation: mutation, delay: delay, now: now)
    }

    /// `access_grant.access_times_changed`, when the new times have reached the building.
    static func recordTimesChanged(_ db: Database, _ grantID: String, now: Int64) throws {
        guard let grant = try Row.fetchOne(db, sql: "SELECT * FROM access_grants WHERE id = ?", arguments: [grantID]) else { return }
        var extra: [(String, JSONValue)] = [("ends_at", .timestamp(grant["ends_at"])), ("starts_at", .timestamp(grant["starts_at"]))]
        if let key: String = grant["access_grant_key"] { extra.append(("access_grant_key", .string(key))) }
        try EventLog.record(db, type: "access_grant.access_times_changed", now: now, description: "The access grant's times changed.",
                            ids: .init(accessGrantID: grantID), extra: extra)
    }

    /// The grant goes after the issue delay (`being_deleted` on it, its methods and credentials meanwhile).
    static func scheduleGrantDeletion(_ db: Database, _ grantID: String, delay: Int64, now: Int64) throws {
        guard delay > 0 else { return try deleteGrant(db, grantID, now: now) }
        try PendingChanges.schedule(db, .accessGrant, grantID, .deleting, delay: delay, now: now)
        for methodID in try String.fetchAll(db, sql: "SELECT id FROM access_methods WHERE access_grant_id = ?", arguments: [grantID]) {
            try scheduleMethodDeletion(db, methodID, delay: delay, now: now)
        }
    }

    /// The method goes after the issue delay, with the credentials behind it.
    static func scheduleMethodDeletion(_ db: Database, _ methodID: String, delay: Int64, now: Int64) throws {
        guard delay > 0 else { return try deleteMethod(db, methodID, now: now) }
        try PendingChanges.schedule(db, .accessMethod, methodID, .deleting, delay: delay, now: now)
        for credentialID in try String.fetchAll(db, sql: "SELECT acs_credential_id FROM access_method_credentials WHERE access_method_id = ?", arguments: [methodID]) {
            try GradualDeletion.deleteCredential(db, credentialID, delay: delay, now: now)
        }
    }

    /// Removes the grant now with its methods and their credentials (`access_grant.deleted`).
    static func deleteGrant(_ db: Database, _ grantID: String, now: Int64) throws {
        guard try Row.fetchOne(db, sql: "SELECT id FROM access_grants WHERE id = ?", arguments: [grantID]) != nil else { return }
        for methodID in try String.fetchAll(db, sql: "SELECT id FROM access_methods WHERE access_grant_id = ?", arguments: [grantID]) {
            try deleteMethod(db, methodID, now: now)
        }
        try db.execute(sql: "DELETE FROM access_grant_entrances WHERE access_grant_id = ?", arguments: [grantID])
        try db.execute(sql: "DELETE FROM access_grant_requests WHERE access_grant_id = ?", arguments: [grantID])
        try db.execute(sql: "DELETE FROM access_grants WHERE id = ?", arguments: [grantID])
        try Problems.clear(db, resourceID: grantID)
        try PendingChanges.forget(db, resourceID: grantID)
        try EventLog.record(db, type: "access_grant.deleted", now: now, description: "An access grant was deleted.", ids: .init(accessGrantID: grantID))
    }

    /// Removes the method now with its credentials (`access_method.revoked`, `access_method.deleted`).
    static func deleteMethod(_ db: Database, _ methodID: String, now: Int64) throws {
        guard let method = try Row.fetchOne(db, sql: "SELECT * FROM access_methods WHERE id = ?", arguments: [methodID]) else { return }
        let grant = try db.require(.accessGrants, method["access_grant_id"])
        for credentialID in try String.fetchAll(db, sql: "SELECT acs_credential_id FROM access_method_credentials WHERE access_method_id = ?", arguments: [methodID]) {
            try Mutations.deleteCredential(db, credentialID, now: now)
        }
        try db.execute(sql: "DELETE FROM access_method_credentials WHERE access_method_id = ?", arguments: [methodID])
        try db.execute(sql: "DELETE FROM access_methods WHERE id = ?", arguments: [methodID])
        try Problems.clear(db, resourceID: methodID)
        try PendingChanges.forget(db, resourceID: methodID)
        try methodEvent(db, "access_method.revoked", methodID, grant: grant, now: now, description: "An access method was revoked.")
        try methodEvent(db, "access_method.deleted", methodID, grant: grant, now: now, description: "An access method was deleted.")
    }
}
