import GRDB

/// The `/access_grants/*` route collection: access for one user identity to entrances for a
/// time, through access methods made under the Latch rules (`GrantMutations`).
enum AccessGrantRoutes {
    static func collection(_ environment: RouteEnvironment) -> SeamRouteCollection {
        var routes = SeamRouteCollection(environment)
        routes.add("/access_grants/create", .action, unsupported: [
            "customization_profile_id", "device_ids", "location", "location_ids", "space_ids", "space_keys",
        ], create)
        routes.add("/access_grants/get", .read, get)
        routes.add("/access_grants/list", .read, unsupported: ["access_code_id", "customer_key", "device_id", "location_id", "space_id"], list)
        routes.add("/access_grants/update", .update, update)
        routes.add("/access_grants/delete", .delete, delete)
        routes.add("/access_grants/request_access_methods", .action, requestAccessMethods)
        routes.add("/access_grants/get_related", .read, getRelated)
        return routes
    }

    static func create(_ c: HandlerContext) async throws -> ResponseFields {
        let p = c.params
        let identityID = try p.uuid("user_identity_id")
        let inline = try p.object("user_identity")
        if identityID == nil && inline == nil { throw p.missing("user_identity_id") }
        if identityID != nil && inline != nil { throw p.error("user_identity", "You can only provide one of user_identity_id or user_identity") }
        let newIdentity = try inline.map(InlineIdentity.init)
        guard let entranceIDs = try p.uuidArray("acs_entrance_ids"), !entranceIDs.isEmpty else {
            throw p.error("acs_entrance_ids", "Provide the entrances the grant opens (acs_entrance_ids); the sandbox has no spaces or devices")
        }
        if Set(entranceIDs).count != entranceIDs.count { throw p.error("acs_entrance_ids", "Entrance ids must not repeat") }
        let requests = try GrantRequestParser.requests(p)
        let startsAt = try p.datetime("starts_at") ?? c.now
        let endsAt = try p.datetime("ends_at")
        try LatchRules.checkSchedule(startsAt: startsAt, endsAt: endsAt, now: c.now, p)
        let name = try p.string("name", minLength: 1)
        let key = try p.string("access_grant_key", minLength: 1)
        let reservationKey = try p.string("reservation_key", minLength: 1)
        let fingerprint = p.canonical(excluding: [])
        let dueAt = c.now + c.delay
        let grant = try await c.write { db in
            if let key, let existing = try Row.fetchOne(db, sql: "SELECT id, request_fingerprint FROM access_grants WHERE access_grant_key = ?", arguments: [key]) {
                guard existing["request_fingerprint"] == fingerprint else {
                    throw SeamError.badRequest("access_grant_key_conflict", "An access grant with access_grant_key '\(key)' exists and was created with other parameters")
                }
                return try db.object(.accessGrants, existing["id"], workspaceID: c.workspaceID)
            }
            for entranceID in entranceIDs {
                let entrance = try db.require(.entrances, entranceID)
                try LatchRules.requireLatchBuilding(try db.require(.systems, entrance["acs_system_id"]))
            }
            let holder = try identityID.map { try db.require(.identities, $0)["id"] as String } ?? newIdentity!.create(db, now: c.now)
            let id = Identifiers.random()
            try db.execute(sql: """
                INSERT INTO access_grants (id, user_identity_id, access_grant_key, name, reservation_key, starts_at, ends_at, request_fingerprint, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [id, holder, key, name, reservationKey, startsAt, endsAt, fingerprint, c.now])
            for entranceID in entranceIDs {
                try db.execute(sql: "INSERT INTO access_grant_entrances (access_grant_id, acs_entrance_id) VALUES (?, ?)", arguments: [id, entranceID])
            }
            try EventLog.record(db, type: "access_grant.created", now: c.now, description: "An access grant was created.", ids: .init(accessGrantID: id))
            try GrantMutations.addRequests(db, grantID: id, requests, now: c.now, dueAt: dueAt)
            return try db.object(.accessGrants, id, workspaceID: c.workspaceID)
        }
        return [("access_grant", grant)]
    }

    /// The grant named by `access_grant_id` or `access_grant_key`.
    static func resolve(_ db: Database, _ p: Params) throws -> Row {
        let id = try p.uuid("access_grant_id")
        let key = try p.string("access_grant_key", minLength: 1)
        if id != nil && key != nil { throw p.error("access_grant_key", "You can only provide one of access_grant_id or access_grant_key") }
        if let id { return try db.require(.accessGrants, id) }
        guard let key else { throw p.missing("access_grant_id") }
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM access_grants WHERE access_grant_key = ?", arguments: [key]) else {
            throw SeamError.notFound("access_grant_not_found", "No access grant has access_grant_key '\(key)'")
        }
        return row
    }

    static func get(_ c: HandlerContext) async throws -> ResponseFields {
        let grant = try await c.read { db in try db.object(.accessGrants, try resolve(db, c.params)["id"], workspaceID: c.workspaceID) }
        return [("access_grant", grant)]
    }

    static func list(_ c: HandlerContext) async throws -> ResponseFields {
        let p = c.params
        let identityID = try p.uuid("user_identity_id")
        let systemID = try p.uuid("acs_system_id")
        let entranceID = try p.uuid("acs_entrance_id")
        let ids = try p.uuidArray("access_grant_ids")
        let key = try p.nullableString("access_grant_key")
        let reservationKey = try p.string("reservation_key", minLength: 1)
        let page = try c.page()
        let (items, next) = try await c.read { db in
            var filters: [String] = []
            var args: StatementArguments = []
            if let identityID { filters.append("g.user_identity_id = ?"); args += [identityID] }
            if let systemID {
                filters.append("g.id IN (SELECT ge.access_grant_id FROM access_grant_entrances ge JOIN acs_entrances e ON e.id = ge.acs_entrance_id WHERE e.acs_system_id = ?)")
                args += [systemID]
            }
            if let entranceID { filters.append("g.id IN (SELECT access_grant_id FROM access_grant_entrances WHERE acs_entrance_id = ?)"); args += [entranceID] }
            if let ids {
                filters.append("g.id IN (\(ids.map { _ in "?" }.joined(separator: ",").nonEmpty ?? "NULL"))")
                args += StatementArguments(ids)
            }
            switch key {
            case .absent: break
            case .null: filters.append("g.access_grant_key IS NULL")
            case .value(let value): filters.append("g.access_grant_key = ?"); args += [value]
            }
            if let reservationKey { filters.append("g.reservation_key = ?"); args += [reservationKey] }
            return try page.fetch(db, select: AccessGrantRecords.select, alias: "g", filters: filters, arguments: args,
                                  render: { AccessGrantRecords.grant($0, workspaceID: c.workspaceID) })
        }
        return [("access_grants", .array(items)),
                ("pagination", Page.json(next: next, params: p, baseURL: c.baseURL, path: c.path))]
    }

    /// New times reach every credential behind the grant after the issue delay; a new name is immediate.
    static func update(_ c: HandlerContext) async throws -> ResponseFields {
        let p = c.params
        let startsAt = try p.datetime("starts_at")
        let endsAt = try p.datetime("ends_at")
        let name = try p.nullableString("name")
        let delay = c.delay
        try await c.write { db in
            let grant = try resolve(db, p)
            let id: String = grant["id"]
            try LatchRules.requireNotBeingDeleted(db, id, noun: "access grant")
            switch name {
            case .absent: break
            case .null: try db.execute(sql: "UPDATE access_grants SET name = NULL WHERE id = ?", arguments: [id])
            case .value(let value): try db.execute(sql: "UPDATE access_grants SET name = ? WHERE id = ?", arguments: [value, id])
            }
            guard startsAt != nil || p.isPresent("ends_at") else { return }
            let newStart = startsAt ?? grant["starts_at"]
            let newEnd: Int64? = p.isPresent("ends_at") ? endsAt : grant["ends_at"]
            try LatchRules.checkSchedule(startsAt: newStart, endsAt: newEnd, now: c.now, p)
            try GrantMutations.updateTimes(db, grant: grant, startsAt: newStart, endsAt: newEnd, delay: delay, now: c.now)
        }
        return []
    }

    /// The grant, its access methods and their credentials go after the issue delay.
    static func delete(_ c: HandlerContext) async throws -> ResponseFields {
        let id = try c.params.requiredUUID("access_grant_id")
        let delay = c.delay
        try await c.write { db in
            _ = try db.require(.accessGrants, id)
            try GrantMutations.scheduleGrantDeletion(db, id, delay: delay, now: c.now)
        }
        return []
    }

    static func requestAccessMethods(_ c: HandlerContext) async throws -> ResponseFields {
        let id = try c.params.requiredUUID("access_grant_id")
        let requests = try GrantRequestParser.requests(c.params)
        let dueAt = c.now + c.delay
        let grant = try await c.write { db in
            _ = try db.require(.accessGrants, id)
            try LatchRules.requireNotBeingDeleted(db, id, noun: "access grant")
            try GrantMutations.addRequests(db, grantID: id, requests, now: c.now, dueAt: dueAt)
            return try db.object(.accessGrants, id, workspaceID: c.workspaceID)
        }
        return [("access_grant", grant)]
    }

    static let relatedKinds = ["spaces", "devices", "acs_entrances", "connected_accounts", "acs_systems", "user_identities", "acs_access_groups", "access_methods"]

    /// The grants and what they touch, as a `batch`.
    static func getRelated(_ c: HandlerContext) async throws -> ResponseFields {
        let p = c.params
        let ids = try p.uuidArray("access_grant_ids") ?? []
        let keys = try p.stringArray("access_grant_keys") ?? []
        if ids.isEmpty && keys.isEmpty { throw p.missing("access_grant_ids") }
        let kinds = try RelatedKinds(p, allowed: relatedKinds)
        let batch = try await c.read { db in
            var grantIDs = ids
            for key in keys {
                guard let id = try String.fetchOne(db, sql: "SELECT id FROM access_grants WHERE access_grant_key = ?", arguments: [key]) else {
                    throw SeamError.notFound("access_grant_not_found", "No access grant has access_grant_key '\(key)'")
                }
                if !grantIDs.contains(id) { grantIDs.append(id) }
            }
            let grants = try grantIDs.map { try db.object(.accessGrants, $0, workspaceID: c.workspaceID) }
            // Validated UUIDs (or ids read from the store), so they can stand in the SQL text.
            let idList = grantIDs.map { "'\($0)'" }.joined(separator: ",")
            let entranceFilter = "SELECT acs_entrance_id FROM access_grant_entrances WHERE access_grant_id IN (\(idList))"
            var members: [(String, JSONValue)] = [("access_grants", .array(grants))]
            if kinds.wants("access_methods") {
                members.append(("access_methods", .array(try Row.fetchAll(db, sql: AccessMethodRecords.select + " WHERE m.access_grant_id IN (\(idList)) ORDER BY m.created_at, m.id")
                    .map { AccessMethodRecords.method($0, workspaceID: c.workspaceID) })))
            }
            if kinds.wants("acs_entrances") {
                members.append(("acs_entrances", .array(try Row.fetchAll(db, sql: Records.entranceSelect + " WHERE e.id IN (\(entranceFilter)) ORDER BY e.created_at, e.id")
                    .map(Records.entrance))))
            }
            let systemFilter = "SELECT acs_system_id FROM acs_entrances WHERE id IN (\(entranceFilter))"
            if kinds.wants("acs_systems") {
                members.append(("acs_systems", .array(try Row.fetchAll(db, sql: Records.systemSelect + " WHERE s.id IN (\(systemFilter)) ORDER BY s.created_at, s.id")
                    .map { Records.system($0, workspaceID: c.workspaceID) })))
            }
            if kinds.wants("connected_accounts") {
                members.append(("connected_accounts", .array(try Row.fetchAll(db, sql: ConnectedAccountRecords.select
                    + " WHERE ca.id IN (SELECT connected_account_id FROM acs_systems WHERE id IN (\(systemFilter))) ORDER BY ca.created_at, ca.id")
                    .map { ConnectedAccountRecords.account($0, workspaceID: c.workspaceID) })))
            }
            if kinds.wants("user_identities") {
                members.append(("user_identities", .array(try Row.fetchAll(db, sql: Records.identitySelect
                    + " WHERE i.id IN (SELECT user_identity_id FROM access_grants WHERE id IN (\(idList))) ORDER BY i.created_at, i.id")
                    .map { Records.identity($0, workspaceID: c.workspaceID) })))
            }
            for empty in ["spaces", "devices", "acs_access_groups"] where kinds.wants(empty) { members.append((empty, .array([]))) }
            return JSONValue.object(members)
        }
        return [("batch", batch)]
    }
}
