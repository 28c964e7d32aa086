import GRDB

/// The `/acs/entrances/*` route collection: the doors of each building.
enum EntranceRoutes {
    static func collection(_ environment: RouteEnvironment) -> SeamRouteCollection {
        var routes = SeamRouteCollection(environment)
        routes.add("/acs/entrances/list", .read, unsupported: ["customer_key", "location_id", "space_id"], list)
        routes.add("/acs/entrances/get", .read, get)
        routes.add("/acs/entrances/list_credentials_with_access", .read, unsupported: ["include_if"], credentialsWithAccess)
        routes.add("/acs/entrances/grant_access", .action, grantAccess)
        routes.add("/acs/entrances/unlock", .action, unlock)
        return routes
    }

    static func list(_ c: HandlerContext) async throws -> ResponseFields {
        let systemID = try c.params.uuid("acs_system_id")
        let credentialID = try c.params.uuid("acs_credential_id")
        let entranceIDs = try c.params.uuidArray("acs_entrance_ids")
        let accountID = try c.params.uuid("connected_account_id")
        let methodID = try c.params.uuid("access_method_id")
        let search = try c.params.string("search", minLength: 1)
        let page = try c.page(defaultLimit: 900)
        let (items, next) = try await c.read { db in
            var filters: [String] = []
            var args: StatementArguments = []
            if let systemID { filters.append("e.acs_system_id = ?"); args += [systemID] }
            if let accountID { filters.append("s.connected_account_id = ?"); args += [accountID] }
            if let credentialID {
                _ = try db.require(.credentials, credentialID)
                filters.append("e.id IN (SELECT acs_entrance_id FROM credential_entrances WHERE acs_credential_id = ?)")
                args += [credentialID]
            }
            if let entranceIDs {
                filters.append("e.id IN (\(entranceIDs.map { _ in "?" }.joined(separator: ",").nonEmpty ?? "NULL"))")
                args += StatementArguments(entranceIDs)
            }
            if let methodID {
                _ = try db.require(.accessMethods, methodID)
                filters.append("""
                    e.id IN (SELECT ce.acs_entrance_id FROM credential_entrances ce JOIN access_method_credentials amc
                    ON amc.acs_credential_id = ce.acs_credential_id WHERE amc.access_method_id = ?)
                    """)
                args += [methodID]
            }
            if let search { SearchPattern.append(search, columns: ["e.display_name"], to: &filters, arguments: &args) }
            return try page.fetch(db, select: Records.entranceSelect, alias: "e", filters: filters, arguments: args, render: Records.entrance)
        }
        return [("acs_entrances", .array(items)),
                ("pagination", Page.json(next: next, params: c.params, baseURL: c.baseURL, path: c.path))]
    }

    static func get(_ c: HandlerContext) async throws -> ResponseFields {
        let id = try c.params.requiredUUID("acs_entrance_id")
        return [("acs_entrance", try await c.read { db in try db.object(.entrances, id, workspaceID: c.workspaceID) })]
    }

    static func credentialsWithAccess(_ c: HandlerContext) async throws -> ResponseFields {
        let id = try c.params.requiredUUID("acs_entrance_id")
        let credentials = try await c.read { db in
            _ = try db.require(.entrances, id)
            return try Row.fetchAll(db, sql: Records.credentialSelect + """
                 JOIN credential_entrances ce ON ce.acs_credential_id = c.id WHERE ce.acs_entrance_id = ? ORDER BY c.created_at, c.id
                """, arguments: [id]).map { Records.credential($0, workspaceID: c.workspaceID) }
        }
        return [("acs_credentials", .array(credentials))]
    }

    static func grantAccess(_ c: HandlerContext) async throws -> ResponseFields {
        let id = try c.params.requiredUUID("acs_entrance_id")
        try await c.read { db in
            _ = try db.require(.entrances, id)
            _ = try db.resolveUser(c.params, requireSystemWithIdentity: false)
        }
        throw LatchRules.grantAccessNotSupported
    }

    /// Latch has no remote unlock: the attempt is recorded and fails, as the SDKs expect.
    static func unlock(_ c: HandlerContext) async throws -> ResponseFields {
        let entranceID = try c.params.requiredUUID("acs_entrance_id")
        let credentialID = try c.params.requiredUUID("acs_credential_id")
        let attempt = try await c.write { db in
            _ = try db.require(.entrances, entranceID)
            _ = try db.require(.credentials, credentialID)
            let id = Identifiers.random()
            try db.execute(sql: "INSERT INTO action_attempts (id, action_type, status, error_type, error_message, created_at) VALUES (?, 'UNLOCK_DOOR', 'error', 'not_supported', ?, ?)",
                           arguments: [id, LatchRules.remoteUnlockMessage, c.now])
            return try db.object(.actionAttempts, id, workspaceID: c.workspaceID)
        }
        return [("action_attempt", attempt)]
    }
}

extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}
