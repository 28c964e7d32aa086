import GRDB

/// The `/user_identities/*` route collection: one account per resident, linked to at most one ACS user per building.
enum IdentityRoutes {
    static func collection(_ environment: RouteEnvironment) -> SeamRouteCollection {
        var routes = SeamRouteCollection(environment)
        routes.add("/user_identities/create", .action, create)
        routes.add("/user_identities/get", .read, get)
        routes.add("/user_identities/list", .read, list)
        routes.add("/user_identities/update", .update, update)
        routes.add("/user_identities/delete", .delete, delete)
        routes.add("/user_identities/add_acs_user", .add, addUser)
        routes.add("/user_identities/remove_acs_user", .delete, removeUser)
        routes.add("/user_identities/list_acs_users", .read, listUsers)
        routes.add("/user_identities/list_acs_systems", .read, listSystems)
        routes.add("/user_identities/list_accessible_entrances", .read, accessibleEntrances)
        return routes
    }

    static func create(_ c: HandlerContext) async throws -> ResponseFields {
        let p = c.params
        let email = try p.string("email_address")
        try LatchRules.checkEmail(email, p)
        let phone = try p.string("phone_number")
        try LatchRules.checkPhone(phone, p)
        let fullName = try p.string("full_name", minLength: 1)
        let key = try p.string("user_identity_key", minLength: 1)
        _ = try p.string("customer_key")
        let systemIDs = try p.uuidArray("acs_system_ids") ?? []
        let identity = try await c.write { db in
            try LatchRules.checkIdentityUnique(db, email: email, phone: phone, key: key)
            let id = Identifiers.random()
            try db.execute(sql: "INSERT INTO user_identities (id, user_identity_key, email_address, phone_number, full_name, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                           arguments: [id, key, email, phone, fullName, c.now])
            for systemID in systemIDs {
                _ = try db.require(.systems, systemID)
                _ = try Mutations.userForIdentity(db, identityID: id, systemID: systemID, now: c.now, dueAt: c.now + c.delay)
            }
            return try db.object(.identities, id, workspaceID: c.workspaceID)
        }
        return [("user_identity", identity)]
    }

    /// The identity named by `user_identity_id` or `user_identity_key`.
    static func resolve(_ db: Database, _ p: Params) throws -> Row {
        if let id = try p.uuid("user_identity_id") { return try db.require(.identities, id) }
        if let key = try p.string("user_identity_key", minLength: 1) {
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM user_identities WHERE user_identity_key = ?", arguments: [key]) else {
                throw SeamError.notFound("user_identity_not_found", "No user identity has key '\(key)'")
            }
            return row
        }
        throw p.missing("user_identity_id")
    }

    static func get(_ c: HandlerContext) async throws -> ResponseFields {
        let identity = try await c.read { db in
            let row = try resolve(db, c.params)
            return try db.object(.identities, row["id"], workspaceID: c.workspaceID)
        }
        return [("user_identity", identity)]
    }

    static func list(_ c: HandlerContext) async throws -> ResponseFields {
        let p = c.params
        let createdBefore = try p.datetime("created_before")
        let managerID = try p.uuid("credential_manager_acs_system_id")
        let search = try p.string("search", minLength: 1)
        let ids = try p.uuidArray("user_identity_ids")
        let page = try c.page()
        let (items, next) = try await c.read { db in
            var filters: [String] = []
            var args: StatementArguments = []
            if let createdBefore { filters.append("i.created_at < ?"); args += [createdBefore] }
            if let managerID {
                filters.append("i.id IN (SELECT user_identity_id FROM enrollment_automations WHERE credential_manager_acs_system_id = ?)")
                args += [managerID]
            }
            if let ids {
                filters.append("i.id IN (\(ids.map { _ in "?" }.joined(separator: ",").nonEmpty ?? "NULL"))")
                args += StatementArguments(ids)
            }
            if let search {
                SearchPattern.append(search, columns: ["i.full_name", "i.phone_number", "i.email_address", "i.id"], to: &filters, arguments: &args)
            }
            return try page.fetch(db, select: Records.identitySelect, alias: "i", filters: filters, arguments: args, render: { Records.identity($0, workspaceID: c.workspaceID) })
        }
        return [("user_identities", .array(items)),
                ("pagination", Page.json(next: next, params: p, baseURL: c.baseURL, path: c.path))]
    }

    static func update(_ c: HandlerContext) async throws -> ResponseFields {
        let p = c.params
        let id = try p.requiredUUID("user_identity_id")
        let email = try p.nullableString("email_address")
        if case .value(let v) = email { try LatchRules.checkEmail(v, p) }
        let phone = try p.nullableString("phone_number")
        if case .value(let v) = phone { try LatchRules.checkPhone(v, p) }
        let fullName = try p.nullableString("full_name")
        if case .value(let v) = fullName, v.isEmpty { throw p.error("full_name", "String must contain at least 1 character(s)") }
        let key = try p.nullableString("user_identity_key")
        if case .value(let v) = key, v.isEmpty { throw p.error("user_identity_key", "String must contain at least 1 character(s)") }
        try await c.write { db in
            _ = try db.require(.identities, id)
            func value(_ n: Nullable<String>) -> String? { if case .value(let v) = n { v } else { nil } }
            try LatchRules.checkIdentityUnique(db, email: value(email), phone: value(phone), key: value(key), except: id)
            for (column, change) in [("email_address", email), ("phone_number", phone), ("full_name", fullName), ("user_identity_key", key)] {
                switch change {
                case .absent: continue
                case .null: try db.execute(sql: "UPDATE user_identities SET \(column) = NULL WHERE id = ?", arguments: [id])
                case .value(let v): try db.execute(sql: "UPDATE user_identities SET \(column) = ? WHERE id = ?", arguments: [v, id])
                }
            }
        }
        return []
    }

    /// Deletes the identity with its ACS users, their credentials, its access grants, its phones and its enrollment automations.
    static func delete(_ c: HandlerContext) async throws -> ResponseFields {
        let id = try c.params.requiredUUID("user_identity_id")
        try await c.write { db in
            _ = try db.require(.identities, id)
            for user in try Row.fetchAll(db, sql: "SELECT * FROM acs_users WHERE user_identity_id = ?", arguments: [id]) {
                try Mutations.deleteUser(db, user, now: c.now)
            }
            for automationID in try String.fetchAll(db, sql: "SELECT id FROM enrollment_automations WHERE user_identity_id = ?", arguments: [id]) {
                try EnrollmentAutomationRoutes.deleteAutomation(db, automationID, now: c.now)
            }
            for grantID in try String.fetchAll(db, sql: "SELECT id FROM access_grants WHERE user_identity_id = ?", arguments: [id]) {
                try GrantMutations.deleteGrant(db, grantID, now: c.now)
            }
            try db.execute(sql: "DELETE FROM phones WHERE user_identity_id = ?", arguments: [id])
            try db.execute(sql: "DELETE FROM user_identities WHERE id = ?", arguments: [id])
            try Problems.clear(db, resourceID: id)
        }
        return []
    }

    static func addUser(_ c: HandlerContext) async throws -> ResponseFields {
        let p = c.params
        let userID = try p.requiredUUID("acs_user_id")
        let identityID = try p.uuid("user_identity_id")
        let key = try p.string("user_identity_key", minLength: 1)
        if identityID == nil && key == nil { throw p.missing("user_identity_id") }
        try await c.write { db in
            let user = try db.require(.users, userID)
            try LatchRules.requireManagedHere(user)
            let identity: String
            if let identityID {
                identity = try db.require(.identities, identityID)["id"]
            } else if let existing = try String.fetchOne(db, sql: "SELECT id FROM user_identities WHERE user_identity_key = ?", arguments: [key]) {
                identity = existing
            } else {
                identity = Identifiers.random()
                let email: String? = user["email_address"], phone: String? = user["phone_number"]
                let freeEmail = try email.flatMap { try String.fetchOne(db, sql: "SELECT 1 FROM user_identities WHERE email_address = ?", arguments: [$0]) == nil ? $0 : nil }
                let freePhone = try phone.flatMap { try String.fetchOne(db, sql: "SELECT 1 FROM user_identities WHERE phone_number = ?", arguments: [$0]) == nil ? $0 : nil }
                try db.execute(sql: "INSERT INTO user_identities (id, user_identity_key, email_address, phone_number, full_name, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                               arguments: [identity, key, freeEmail, freePhone, user["full_name"] as String, c.now])
            }
            if let linked: String = user["user_identity_id"] {
                if linked == identity { return }
                throw SeamError.badRequest("acs_user_already_linked", "ACS user \(userID) is already linked to user identity \(linked)")
            }
            try LatchRules.checkOneUserPerSystem(db, identityID: identity, systemID: user["acs_system_id"])
            try db.execute(sql: "UPDATE acs_users SET user_identity_id = ? WHERE id = ?", arguments: [identity, userID])
            try PhoneCopies.issue(db, forLinkedUser: userID, now: c.now, dueAt: c.now + c.delay)
        }
        return []
    }

    static func removeUser(_ c: HandlerContext) async throws -> ResponseFields {
        let userID = try c.params.requiredUUID("acs_user_id")
        let identityID = try c.params.requiredUUID("user_identity_id")
        try await c.write { db in
            _ = try db.require(.identities, identityID)
            let user = try db.require(.users, userID)
            guard user["user_identity_id"] as String? == identityID else {
                throw SeamError.badRequest("acs_user_not_linked", "ACS user \(userID) is not linked to user identity \(identityID)")
            }
            try db.execute(sql: "UPDATE acs_users SET user_identity_id = NULL WHERE id = ?", arguments: [userID])
        }
        return []
    }

    static func listUsers(_ c: HandlerContext) async throws -> ResponseFields {
        let id = try c.params.requiredUUID("user_identity_id")
        let users = try await c.read { db in
            _ = try db.require(.identities, id)
            return try Row.fetchAll(db, sql: Records.userSelect + " WHERE u.user_identity_id = ? ORDER BY u.created_at, u.id", arguments: [id])
                .map { Records.user($0, workspaceID: c.workspaceID) }
        }
        return [("acs_users", .array(users))]
    }

    static func listSystems(_ c: HandlerContext) async throws -> ResponseFields {
        let id = try c.params.requiredUUID("user_identity_id")
        let systems = try await c.read { db in
            _ = try db.require(.identities, id)
            return try Row.fetchAll(db, sql: Records.systemSelect + " WHERE s.id IN (SELECT acs_system_id FROM acs_users WHERE user_identity_id = ?) ORDER BY s.created_at, s.id", arguments: [id])
                .map { Records.system($0, workspaceID: c.workspaceID) }
        }
        return [("acs_systems", .array(systems))]
    }

    static func accessibleEntrances(_ c: HandlerContext) async throws -> ResponseFields {
        let id = try c.params.requiredUUID("user_identity_id")
        let entrances = try await c.read { db in
            _ = try db.require(.identities, id)
            return try Row.fetchAll(db, sql: Records.entranceSelect + """
                 WHERE e.id IN (SELECT ce.acs_entrance_id FROM credential_entrances ce JOIN acs_credentials cr ON cr.id = ce.acs_credential_id
                 JOIN acs_users u ON u.id = cr.acs_user_id WHERE u.user_identity_id = ?) ORDER BY e.created_at, e.id
                """, arguments: [id]).map(Records.entrance)
        }
        return [("acs_entrances", .array(entrances))]
    }
}
