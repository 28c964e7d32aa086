import GRDB

/// The `/acs/users/*` route collection: residents and guests of a building.
enum UserRoutes {
    static func collection(_ environment: RouteEnvironment) -> SeamRouteCollection {
        var routes = SeamRouteCollection(environment)
        routes.add("/acs/users/create", .action, create)
        routes.add("/acs/users/get", .read, get)
        routes.add("/acs/users/list", .read, list)
        routes.add("/acs/users/update", .update, update)
        routes.add("/acs/users/delete", .delete, delete)
        routes.add("/acs/users/suspend", .action) { try await setSuspended($0, true) }
        routes.add("/acs/users/unsuspend", .action) { try await setSuspended($0, false) }
        routes.add("/acs/users/list_accessible_entrances", .read, accessibleEntrances)
        routes.add("/acs/users/revoke_access_to_all_entrances", .action, revokeAccessToAllEntrances)
        return routes
    }

    /// `access_schedule` {starts_at (default now), ends_at} with the Latch schedule rule.
    static func schedule(_ params: Params, now: Int64) throws -> (Int64, Int64?)? {
        guard let nested = try params.object("access_schedule") else { return nil }
        let startsAt = try nested.datetime("starts_at") ?? now
        let endsAt = try nested.datetime("ends_at")
        try LatchRules.checkSchedule(startsAt: startsAt, endsAt: endsAt, now: now, nested)
        return (startsAt, endsAt)
    }

    static func create(_ c: HandlerContext) async throws -> ResponseFields {
        let p = c.params
        let systemID = try p.requiredUUID("acs_system_id")
        let fullName = try p.requiredString("full_name")
        let email = try p.string("email_address") ?? p.string("email")
        try LatchRules.checkEmail(email, p, name: p.has("email_address") ? "email_address" : "email")
        let phone = try p.string("phone_number")
        try LatchRules.checkPhone(phone, p)
        let identityID = try p.uuid("user_identity_id")
        _ = try p.uuidArray("acs_access_group_ids")
        let access = try schedule(p, now: c.now)
        let user = try await c.write { db in
            _ = try db.require(.systems, systemID)
            if let identityID, try Row.fetchOne(db, sql: "SELECT 1 FROM user_identities WHERE id = ?", arguments: [identityID]) == nil {
                throw SeamError.badRequest("user_identity_not_found", "User identity not found: \(identityID)")
            }
            let id = try Mutations.createUser(db, .init(systemID: systemID, fullName: fullName, email: email, phone: phone, identityID: identityID,
                                                         startsAt: access?.0, endsAt: access?.1), now: c.now)
            return try db.object(.users, id, workspaceID: c.workspaceID)
        }
        return [("acs_user", user)]
    }

    static func get(_ c: HandlerContext) async throws -> ResponseFields {
        let user = try await c.read { db in
            let row = try db.resolveUser(c.params, requireSystemWithIdentity: false)
            return try db.object(.users, row["id"], workspaceID: c.workspaceID)
        }
        return [("acs_user", user)]
    }

    static func list(_ c: HandlerContext) async throws -> ResponseFields {
        let p = c.params
        let systemID = try p.uuid("acs_system_id")
        let identityID = try p.uuid("user_identity_id")
        let emailFilter = try p.nullableString("user_identity_email_address")
        let phoneFilter = try p.nullableString("user_identity_phone_number")
        let search = try p.string("search", minLength: 1)
        let createdBefore = try p.datetime("created_before")
        let page = try c.page()
        let (items, next) = try await c.read { db in
            var filters: [String] = []
            var args: StatementArguments = []
            if let systemID { filters.append("u.acs_system_id = ?"); args += [systemID] }
            if let createdBefore { filters.append("u.created_at < ?"); args += [createdBefore] }
            var identityFilters: [String] = []
            if let identityID { identityFilters.append("u.user_identity_id = ?"); args += [identityID] }
            switch emailFilter {
            case .absent: break
            case .null: identityFilters.append("(u.user_identity_id IS NOT NULL AND i.email_address IS NULL)")
            case .value(let v): identityFilters.append("i.email_address = ?"); args += [v]
            }
            switch phoneFilter {
            case .absent: break
            case .null: identityFilters.append("(u.user_identity_id IS NOT NULL AND i.phone_number IS NULL)")
            case .value(let v): identityFilters.append("i.phone_number = ?"); args += [v]
            }
            if !identityFilters.isEmpty { filters.append("(" + identityFilters.joined(separator: " OR ") + ")") }
            if let search {
                let columns = ["u.full_name", "u.phone_number", "u.email_address", "u.id", "u.user_identity_id", "i.full_name", "i.phone_number"]
                SearchPattern.append(search, columns: columns, to: &filters, arguments: &args)
            }
            return try page.fetch(db, select: Records.userSelect, alias: "u", filters: filters, arguments: args, render: { Records.user($0, workspaceID: c.workspaceID) })
        }
        return [("acs_users", .array(items)),
                ("pagination", Page.json(next: next, params: p, baseURL: c.baseURL, path: c.path))]
    }

    static func update(_ c: HandlerContext) async throws -> ResponseFields {
        let p = c.params
        let fullName = try p.string("full_name", minLength: 1)
        let email = try p.string("email_address") ?? p.string("email")
        try LatchRules.checkEmail(email, p)
        let phone = try p.string("phone_number")
        try LatchRules.checkPhone(phone, p)
        _ = try p.uuid("hid_acs_system_id")
        let clearSchedule = p.isPresent("access_schedule") && !p.has("access_schedule")
        let access = try schedule(p, now: c.now)
        let delay = c.delay
        try await c.write { db in
            let user = try db.resolveUser(p)
            try LatchRules.requireManagedHere(user)
            let id: String = user["id"]
            let oldInformation = information(user)
            if let fullName { try db.execute(sql: "UPDATE acs_users SET full_name = ? WHERE id = ?", arguments: [fullName, id]) }
            if let email { try db.execute(sql: "UPDATE acs_users SET email_address = ? WHERE id = ?", arguments: [email, id]) }
            if let phone { try db.execute(sql: "UPDATE acs_users SET phone_number = ? WHERE id = ?", arguments: [phone, id]) }
            if fullName != nil || email != nil || phone != nil {
                let newInformation = information(try db.require(.users, id))
                let mutation = PendingChange.mutation("updating_user_information", message: "Seam is pushing the user's new details to the access system.",
                                                      createdAt: c.now, from: oldInformation, to: newInformation)
                try PendingChanges.schedule(db, .acsUser, id, .updatingUserInformation, mutation: mutation, delay: delay, now: c.now)
            }
            let oldSchedule = scheduleJSON(user["access_starts_at"], user["access_ends_at"])
            if let access {
                try db.execute(sql: "UPDATE acs_users SET access_starts_at = ?, access_ends_at = ? WHERE id = ?", arguments: [access.0, access.1, id])
            } else if clearSchedule {
                try db.execute(sql: "UPDATE acs_users SET access_starts_at = NULL, access_ends_at = NULL WHERE id = ?", arguments: [id])
            }
            if access != nil || clearSchedule {
                let mutation = PendingChange.mutation("updating_access_schedule", message: "Seam is pushing the user's new access schedule to the access system.",
                                                      createdAt: c.now, from: oldSchedule, to: scheduleJSON(access?.0, access?.1))
                try PendingChanges.schedule(db, .acsUser, id, .updatingAccessSchedule, mutation: mutation, delay: delay, now: c.now)
            }
        }
        return []
    }

    /// `from`/`to` of `updating_user_information`.
    static func information(_ user: Row) -> JSONValue {
        .object([("email_address", .optionalString(user["email_address"])), ("full_name", .optionalString(user["full_name"])),
                 ("phone_number", .optionalString(user["phone_number"]))])
    }

    /// `from`/`to` of `updating_access_schedule`.
    static func scheduleJSON(_ startsAt: Int64?, _ endsAt: Int64?) -> JSONValue {
        .object([("ends_at", .timestamp(endsAt)), ("starts_at", .timestamp(startsAt))])
    }

    /// The user is deleted after the issue delay (`being_deleted` and a `deleting` mutation
    /// meanwhile), and its credentials are invalidated with it.
    static func delete(_ c: HandlerContext) async throws -> ResponseFields {
        let delay = c.delay
        try await c.write { db in
            let user = try db.resolveUser(c.params)
            try LatchRules.requireManagedHere(user)
            try GradualDeletion.deleteUser(db, user, delay: delay, now: c.now)
        }
        return []
    }

    /// `is_suspended` changes at once (Seam's desired state); an `updating_suspension_state`
    /// mutation says it is on its way to the building for the issue delay.
    static func setSuspended(_ c: HandlerContext, _ suspended: Bool) async throws -> ResponseFields {
        let delay = c.delay
        try await c.write { db in
            let user = try db.resolveUser(c.params)
            try LatchRules.requireManagedHere(user)
            let id: String = user["id"]
            let wasSuspended: Bool = user["is_suspended"]
            guard wasSuspended != suspended else { return }
            try db.execute(sql: "UPDATE acs_users SET is_suspended = ? WHERE id = ?", arguments: [suspended, id])
            let mutation = PendingChange.mutation(
                "updating_suspension_state", message: suspended ? "Seam is suspending the user on the access system." : "Seam is restoring the user's access on the access system.",
                createdAt: c.now, from: .object([("is_suspended", .bool(wasSuspended))]), to: .object([("is_suspended", .bool(suspended))]))
            try PendingChanges.schedule(db, .acsUser, id, .updatingSuspensionState, mutation: mutation, delay: delay, now: c.now)
        }
        return []
    }

    /// Revokes every credential of the user (each deleted after the issue delay).
    static func revokeAccessToAllEntrances(_ c: HandlerContext) async throws -> ResponseFields {
        let delay = c.delay
        try await c.write { db in
            let user = try db.resolveUser(c.params)
            try LatchRules.requireManagedHere(user)
            for id in try String.fetchAll(db, sql: "SELECT id FROM acs_credentials WHERE acs_user_id = ? AND parent_acs_credential_id IS NULL",
                                          arguments: [user["id"] as String]) {
                try GradualDeletion.deleteCredential(db, id, delay: delay, now: c.now)
            }
        }
        return []
    }

    static func accessibleEntrances(_ c: HandlerContext) async throws -> ResponseFields {
        let entrances = try await c.read { db in
            let user = try db.resolveUser(c.params, requireSystemWithIdentity: false)
            return try Row.fetchAll(db, sql: Records.entranceSelect + """
                 WHERE e.id IN (SELECT ce.acs_entrance_id FROM credential_entrances ce JOIN acs_credentials cr ON cr.id = ce.acs_credential_id
                 WHERE cr.acs_user_id = ?) ORDER BY e.created_at, e.id
                """, arguments: [user["id"] as String]).map(Records.entrance)
        }
        return [("acs_entrances", .array(entrances))]
    }
}
