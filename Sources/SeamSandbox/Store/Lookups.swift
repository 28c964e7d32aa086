import GRDB

/// Fetches of single resources that answer the Seam `<resource>_not_found` errors.
extension Database {
    func requireSystem(_ id: String) throws -> Row {
        guard let row = try Row.fetchOne(cachedStatement(sql: "SELECT * FROM acs_systems WHERE id = ?"), arguments: [id]) else {
            throw SeamError.notFound("acs_system_not_found", "Access control system not found: \(id)")
        }
        return row
    }

    func requireUser(_ id: String) throws -> Row {
        guard let row = try Row.fetchOne(cachedStatement(sql: "SELECT * FROM acs_users WHERE id = ?"), arguments: [id]) else {
            throw SeamError.notFound("acs_user_not_found", "ACS user not found: \(id)")
        }
        return row
    }

    func requireEntrance(_ id: String) throws -> Row {
        guard let row = try Row.fetchOne(cachedStatement(sql: "SELECT * FROM acs_entrances WHERE id = ?"), arguments: [id]) else {
            throw SeamError.notFound("acs_entrance_not_found", "ACS entrance not found: \(id)")
        }
        return row
    }

    func requireCredential(_ id: String) throws -> Row {
        guard let row = try Row.fetchOne(cachedStatement(sql: "SELECT * FROM acs_credentials WHERE id = ?"), arguments: [id]) else {
            throw SeamError.notFound("acs_credential_not_found", "ACS credential not found: \(id)")
        }
        return row
    }

    func requireIdentity(_ id: String) throws -> Row {
        guard let row = try Row.fetchOne(cachedStatement(sql: "SELECT * FROM user_identities WHERE id = ?"), arguments: [id]) else {
            throw SeamError.notFound("user_identity_not_found", "User identity not found: \(id)")
        }
        return row
    }

    func systemJSON(_ id: String, workspaceID: String) throws -> JSONValue {
        guard let row = try Row.fetchOne(cachedStatement(sql: Records.systemSelect + " WHERE s.id = ?"), arguments: [id]) else {
            throw SeamError.notFound("acs_system_not_found", "Access control system not found: \(id)")
        }
        return Records.system(row, workspaceID: workspaceID)
    }

    func userJSON(_ id: String, workspaceID: String) throws -> JSONValue {
        guard let row = try Row.fetchOne(cachedStatement(sql: Records.userSelect + " WHERE u.id = ?"), arguments: [id]) else {
            throw SeamError.notFound("acs_user_not_found", "ACS user not found: \(id)")
        }
        return Records.user(row, workspaceID: workspaceID)
    }

    func entranceJSON(_ id: String) throws -> JSONValue {
        guard let row = try Row.fetchOne(cachedStatement(sql: Records.entranceSelect + " WHERE e.id = ?"), arguments: [id]) else {
            throw SeamError.notFound("acs_entrance_not_found", "ACS entrance not found: \(id)")
        }
        return Records.entrance(row)
    }

    func credentialJSON(_ id: String, workspaceID: String) throws -> JSONValue {
        guard let row = try Row.fetchOne(cachedStatement(sql: Records.credentialSelect + " WHERE c.id = ?"), arguments: [id]) else {
            throw SeamError.notFound("acs_credential_not_found", "ACS credential not found: \(id)")
        }
        return Records.credential(row, workspaceID: workspaceID)
    }

    func identityJSON(_ id: String, workspaceID: String) throws -> JSONValue {
        guard let row = try Row.fetchOne(cachedStatement(sql: Records.identitySelect + " WHERE i.id = ?"), arguments: [id]) else {
            throw SeamError.notFound("user_identity_not_found", "User identity not found: \(id)")
        }
        return Records.identity(row, workspaceID: workspaceID)
    }

    /// Entrances a credential opens, ordered like lists are.
    func credentialEntrances(_ credentialID: String) throws -> [JSONValue] {
        try Row.fetchAll(cachedStatement(sql: Records.entranceSelect + """
             JOIN credential_entrances ce ON ce.acs_entrance_id = e.id WHERE ce.acs_credential_id = ? ORDER BY e.created_at, e.id
            """), arguments: [credentialID]).map(Records.entrance)
    }

    /// The ACS user named by `acs_user_id`, or by `user_identity_id` + `acs_system_id` (seam-api.md §4.4).
    func resolveUser(_ params: Params, requireSystemWithIdentity: Bool = true) throws -> Row {
        let userID = try params.uuid("acs_user_id")
        let identityID = try params.uuid("user_identity_id")
        let systemID = try params.uuid("acs_system_id")
        if let userID {
            if identityID != nil { throw params.error("user_identity_id", "You can only provide acs_user_id or user_identity_id") }
            return try requireUser(userID)
        }
        guard let identityID else { throw params.error("acs_user_id", "You must provide either acs_user_id or user_identity_id with acs_system_id") }
        _ = try requireIdentity(identityID)
        if let systemID {
            _ = try requireSystem(systemID)
            guard let row = try Row.fetchOne(self, sql: "SELECT * FROM acs_users WHERE user_identity_id = ? AND acs_system_id = ?", arguments: [identityID, systemID]) else {
                throw SeamError.notFound("acs_user_not_found", "User identity \(identityID) has no ACS user in access control system \(systemID)")
            }
            return row
        }
        if requireSystemWithIdentity { throw params.error("acs_system_id", "You must provide acs_system_id with user_identity_id") }
        let rows = try Row.fetchAll(self, sql: "SELECT * FROM acs_users WHERE user_identity_id = ? ORDER BY created_at, id", arguments: [identityID])
        guard let first = rows.first else {
            throw SeamError.notFound("acs_user_not_found", "User identity \(identityID) has no ACS user")
        }
        guard rows.count == 1 else { throw params.error("acs_system_id", "The user identity has ACS users in several systems; provide acs_system_id") }
        return first
    }
}
