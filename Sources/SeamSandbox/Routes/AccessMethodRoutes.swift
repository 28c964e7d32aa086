import GRDB

/// The `/access_methods/*` route collection: the mobile keys and PINs Access Grants produced,
/// each backed by ACS credentials (`access_method_credentials`).
enum AccessMethodRoutes {
    static func collection(_ environment: RouteEnvironment) -> SeamRouteCollection {
        var routes = SeamRouteCollection(environment)
        routes.add("/access_methods/get", .read, get)
        routes.add("/access_methods/list", .read, unsupported: ["access_code_id", "device_id", "space_id"], list)
        routes.add("/access_methods/delete", .delete, delete)
        routes.add("/access_methods/get_related", .read, getRelated)
        return routes
    }

    static func get(_ c: HandlerContext) async throws -> ResponseFields {
        let id = try c.params.requiredUUID("access_method_id")
        return [("access_method", try await c.read { db in try db.object(.accessMethods, id, workspaceID: c.workspaceID) })]
    }

    static func list(_ c: HandlerContext) async throws -> ResponseFields {
        let p = c.params
        let grantID = try p.uuid("access_grant_id")
        let grantKey = try p.string("access_grant_key", minLength: 1)
        let entranceID = try p.uuid("acs_entrance_id")
        let page = try c.page()
        let (items, next) = try await c.read { db in
            var filters: [String] = []
            var args: StatementArguments = []
            if let grantID { filters.append("m.access_grant_id = ?"); args += [grantID] }
            if let grantKey { filters.append("g.access_grant_key = ?"); args += [grantKey] }
            if let entranceID {
                filters.append("""
                    m.id IN (SELECT amc.access_method_id FROM access_method_credentials amc JOIN credential_entrances ce
                    ON ce.acs_credential_id = amc.acs_credential_id WHERE ce.acs_entrance_id = ?)
                    """)
                args += [entranceID]
            }
            return try page.fetch(db, select: AccessMethodRecords.select, alias: "m", filters: filters, arguments: args,
                                  render: { AccessMethodRecords.method($0, workspaceID: c.workspaceID) })
        }
        return [("access_methods", .array(items)),
                ("pagination", Page.json(next: next, params: p, baseURL: c.baseURL, path: c.path))]
    }

    /// One method, every method of a grant, or of the grants with a reservation key; each goes
    /// with its credentials after the issue delay.
    static func delete(_ c: HandlerContext) async throws -> ResponseFields {
        let p = c.params
        let methodID = try p.uuid("access_method_id")
        let grantID = try p.uuid("access_grant_id")
        let reservationKey = try p.string("reservation_key", minLength: 1)
        let given = [methodID, grantID, reservationKey].compactMap { $0 }.count
        if given == 0 { throw p.missing("access_method_id") }
        if given > 1 { throw p.error("access_method_id", "Provide only one of access_method_id, access_grant_id or reservation_key") }
        let delay = c.delay
        try await c.write { db in
            let ids: [String]
            if let methodID {
                ids = [try db.require(.accessMethods, methodID)["id"]]
            } else if let grantID {
                _ = try db.require(.accessGrants, grantID)
                ids = try String.fetchAll(db, sql: "SELECT id FROM access_methods WHERE access_grant_id = ?", arguments: [grantID])
            } else {
                ids = try String.fetchAll(db, sql: "SELECT m.id FROM access_methods m JOIN access_grants g ON g.id = m.access_grant_id WHERE g.reservation_key = ?",
                                          arguments: [reservationKey])
            }
            for id in ids { try GrantMutations.scheduleMethodDeletion(db, id, delay: delay, now: c.now) }
        }
        return []
    }

    static let relatedKinds = ["spaces", "devices", "acs_entrances", "access_grants", "access_methods", "instant_keys", "client_sessions", "acs_credentials"]

    static func getRelated(_ c: HandlerContext) async throws -> ResponseFields {
        let ids = try c.params.uuidArray("access_method_ids") ?? []
        if ids.isEmpty { throw c.params.missing("access_method_ids") }
        let kinds = try RelatedKinds(c.params, allowed: relatedKinds)
        let batch = try await c.read { db in
            for id in ids { _ = try db.require(.accessMethods, id) }
            // Validated UUIDs (or ids read from the store), so they can stand in the SQL text.
            let idList = ids.map { "'\($0)'" }.joined(separator: ",")
            let credentialFilter = "SELECT acs_credential_id FROM access_method_credentials WHERE access_method_id IN (\(idList))"
            var members: [(String, JSONValue)] = []
            if kinds.wants("access_methods") {
                members.append(("access_methods", .array(try Row.fetchAll(db, sql: AccessMethodRecords.select + " WHERE m.id IN (\(idList)) ORDER BY m.created_at, m.id")
                    .map { AccessMethodRecords.method($0, workspaceID: c.workspaceID) })))
            }
            if kinds.wants("access_grants") {
                members.append(("access_grants", .array(try Row.fetchAll(db, sql: AccessGrantRecords.select
                    + " WHERE g.id IN (SELECT access_grant_id FROM access_methods WHERE id IN (\(idList))) ORDER BY g.created_at, g.id")
                    .map { AccessGrantRecords.grant($0, workspaceID: c.workspaceID) })))
            }
            if kinds.wants("acs_credentials") {
                members.append(("acs_credentials", .array(try Row.fetchAll(db, sql: Records.credentialSelect + " WHERE c.id IN (\(credentialFilter)) ORDER BY c.created_at, c.id")
                    .map { Records.credential($0, workspaceID: c.workspaceID) })))
            }
            if kinds.wants("acs_entrances") {
                members.append(("acs_entrances", .array(try Row.fetchAll(db, sql: Records.entranceSelect
                    + " WHERE e.id IN (SELECT acs_entrance_id FROM credential_entrances WHERE acs_credential_id IN (\(credentialFilter))) ORDER BY e.created_at, e.id")
                    .map(Records.entrance))))
            }
            for empty in ["spaces", "devices", "instant_keys", "client_sessions"] where kinds.wants(empty) { members.append((empty, .array([]))) }
            return JSONValue.object(members)
        }
        return [("batch", batch)]
    }
}
