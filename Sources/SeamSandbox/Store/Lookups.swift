import GRDB

/// Lookups beyond one id (`ResourceTable` has those): a credential's entrances, and the ACS user
/// a request names.
extension Database {
    /// Entrances a credential opens, ordered like lists are.
    func credentialEntrances(_ credentialID: String) throws -> [JSONValue] {
        try Row.fetchAll(cachedStatement(sql: Records.entranceSelect + """
             JOIN credential_entrances ce ON ce.acs_entrance_id = e.id WHERE ce.acs_credential_id = ? ORDER BY e.created_at, e.id
            """), arguments: [credentialID]).map(Records.entrance)
    }

    /// The ACS user named by `acs_user_id`, or by `user_identity_id` + `acs_system_id` (as Seam resolves an ACS user).
    func resolveUser(_ params: Params, requireSystemWithIdentity: Bool = true) throws -> Row {
        let userID = try params.uuid("acs_user_id")
        let identityID = try params.uuid("user_identity_id")
        let systemID = try params.uuid("acs_system_id")
        if let userID {
            if identityID != nil { throw params.error("user_identity_id", "You can only provide acs_user_id or user_identity_id") }
            return try require(.users, userID)
        }
        guard let identityID else { throw params.error("acs_user_id", "You must provide either acs_user_id or user_identity_id with acs_system_id") }
        _ = try require(.identities, identityID)
        if let systemID {
            _ = try require(.systems, systemID)
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
