import GRDB

/// The `/acs/credentials/*` route collection: PIN codes and mobile keys, under the Latch rules.
enum CredentialRoutes {
    static func collection(_ environment: RouteEnvironment) -> SeamRouteCollection {
        var routes = SeamRouteCollection(environment)
        routes.add("/acs/credentials/create", .action,
                   unsupported: ["assa_abloy_vostio_metadata", "hotek_metadata", "salto_space_metadata", "visionline_metadata"], create)
        routes.add("/acs/credentials/get", .read, get)
        routes.add("/acs/credentials/list", .read, list)
        routes.add("/acs/credentials/update", .update, update)
        routes.add("/acs/credentials/delete", .delete, delete)
        routes.add("/acs/credentials/assign", .update, assign)
        routes.add("/acs/credentials/unassign", .update, unassign)
        routes.add("/acs/credentials/list_accessible_entrances", .read, accessibleEntrances)
        return routes
    }

    static func create(_ c: HandlerContext) async throws -> ResponseFields {
        let p = c.params
        let method = try p.enumValue("access_method", LatchRules.allAccessMethods, required: true)!
        let userID = try p.uuid("acs_user_id")
        let identityID = try p.uuid("user_identity_id")
        let systemID = try p.uuid("acs_system_id")
        let entranceIDs = try p.uuidArray("allowed_acs_entrance_ids") ?? []
        let startsAt = try p.datetime("starts_at")
        let endsAt = try p.datetime("ends_at")
        // The spec's default (spec/seam-openapi.json): a key is multi-phone sync only when asked.
        let multiPhone = try p.bool("is_multi_phone_sync_credential") ?? false
        let managerID = try p.uuid("credential_manager_acs_system_id")
        if userID == nil && identityID == nil {
            throw p.error("acs_user_id", "You must provide either acs_user_id or the combination of user_identity_id and acs_system_id")
        }
        if userID != nil && identityID != nil {
            throw p.error("user_identity_id", "You can only provide one of acs_user_id or user_identity_id")
        }
        if identityID != nil && systemID == nil { throw p.missing("acs_system_id") }
        try LatchRules.requireSupportedAccessMethod(method, p)
        try LatchRules.rejectClientCode(p)
        try LatchRules.checkEntranceCount(method, entranceIDs, p)
        try LatchRules.checkSchedule(startsAt: startsAt ?? c.now, endsAt: endsAt, now: c.now, p)
        let dueAt = c.now + c.store.issueDelayMillis
        let credential = try await c.write { db in
            let ownerID: String
            if let userID {
                ownerID = userID
            } else {
                _ = try db.require(.systems, systemID!)
                ownerID = try Mutations.userForIdentity(db, identityID: identityID!, systemID: systemID!, now: c.now, dueAt: dueAt)
            }
            let user = try db.require(.users, ownerID)
            try LatchRules.requireManagedHere(user)
            let userSystemID: String = user["acs_system_id"]
            if let systemID, systemID != userSystemID {
                throw SeamError.badRequest("acs_user_not_in_acs_system", "ACS user \(ownerID) does not belong to access control system \(systemID)")
            }
            try LatchRules.requireLatchBuilding(try db.require(.systems, userSystemID))
            try LatchRules.checkEntrancesBelong(db, entranceIDs, systemID: userSystemID)
            if let managerID { try LatchRules.checkCredentialManager(db, managerID, buildingID: userSystemID, p) }
            let id = try Mutations.createCredential(db, .init(systemID: userSystemID, userID: ownerID, method: method, entranceIDs: entranceIDs,
                                                              multiPhone: multiPhone, managerID: managerID, startsAt: startsAt ?? c.now,
                                                              endsAt: endsAt), now: c.now, dueAt: dueAt)
            return try db.object(.credentials, id, workspaceID: c.workspaceID)
        }
        return [("acs_credential", credential)]
    }

    static func get(_ c: HandlerContext) async throws -> ResponseFields {
        let id = try c.params.requiredUUID("acs_credential_id")
        let cache = c.store.credentialCache
        return [("acs_credential", try await c.read { db in
            try db.credentialObjects([id], workspaceID: c.workspaceID, cache: cache)[0]
        })]
    }

    /// The keys `list` pages through; `credentialObjects` renders them.
    static let idSelect = "SELECT c.id, c.created_at FROM acs_credentials c"

    static func list(_ c: HandlerContext) async throws -> ResponseFields {
        let p = c.params
        let systemID = try p.uuid("acs_system_id")
        let userID = try p.uuid("acs_user_id")
        let identityID = try p.uuid("user_identity_id")
        let multiPhone = try p.bool("is_multi_phone_sync_credential")
        let createdBefore = try p.datetime("created_before")
        let search = try p.string("search", minLength: 1)
        let page = try c.page()
        let cache = c.store.credentialCache
        let (items, next) = try await c.read { db in
            var filters: [String] = []
            var args: StatementArguments = []
            if let systemID { filters.append("c.acs_system_id = ?"); args += [systemID] }
            if let userID { filters.append("c.acs_user_id = ?"); args += [userID] }
            if let identityID { filters.append("u.user_identity_id = ?"); args += [identityID] }
            if let multiPhone { filters.append("c.is_multi_phone_sync = ?"); args += [multiPhone] }
            if let createdBefore { filters.append("c.created_at < ?"); args += [createdBefore] }
            if let search {
                SearchPattern.append(search, columns: ["c.display_name", "c.code", "c.acs_user_id", "c.id"], to: &filters, arguments: &args)
            }
            // Page through ids only (a covering index scan by system), then take the objects
            // from the rendered-credential cache.
            let select = identityID == nil ? Self.idSelect : Self.idSelect + " LEFT JOIN acs_users u ON u.id = c.acs_user_id"
            let (ids, next) = try page.fetch(db, select: select, alias: "c", filters: filters, arguments: args) { row in row[0] as String }
            return (try db.credentialObjects(ids, workspaceID: c.workspaceID, cache: cache), next)
        }
        return [("acs_credentials", .array(items)),
                ("pagination", Page.json(next: next, params: p, baseURL: c.baseURL, path: c.path))]
    }

    static func update(_ c: HandlerContext) async throws -> ResponseFields {
        let p = c.params
        let id = try p.requiredUUID("acs_credential_id")
        try LatchRules.rejectClientCode(p)
        let endsAt = try p.datetime("ends_at")
        let delay = c.delay
        let credential = try await c.write { db in
            let row = try db.require(.credentials, id)
            if let endsAt {
                try LatchRules.checkSchedule(startsAt: row["starts_at"], endsAt: endsAt, now: c.now, p)
                try CredentialDates.change(db, id, startsAt: row["starts_at"], endsAt: endsAt, delay: delay, now: c.now)
            }
            return try db.object(.credentials, id, workspaceID: c.workspaceID)
        }
        return [("acs_credential", credential)]
    }

    /// The credential (and its phone copies) is deleted after the issue delay, `being_deleted` meanwhile.
    static func delete(_ c: HandlerContext) async throws -> ResponseFields {
        let id = try c.params.requiredUUID("acs_credential_id")
        let delay = c.delay
        try await c.write { db in
            _ = try db.require(.credentials, id)
            try GradualDeletion.deleteCredential(db, id, delay: delay, now: c.now)
        }
        return []
    }

    static func assign(_ c: HandlerContext) async throws -> ResponseFields {
        let p = c.params
        let id = try p.requiredUUID("acs_credential_id")
        let credential = try await c.write { db in
            let credential = try db.require(.credentials, id)
            let systemID: String = credential["acs_system_id"]
            let userID: String
            if let directID = try p.uuid("acs_user_id") {
                if p.has("user_identity_id") { throw p.error("user_identity_id", "You can only provide one of acs_user_id or user_identity_id") }
                userID = directID
            } else if let identityID = try p.uuid("user_identity_id") {
                userID = try Mutations.userForIdentity(db, identityID: identityID, systemID: systemID, now: c.now, dueAt: c.now + c.delay)
            } else {
                throw p.error("acs_user_id", "You must provide acs_user_id or user_identity_id")
            }
            let user = try db.require(.users, userID)
            try LatchRules.requireManagedHere(user)
            guard user["acs_system_id"] as String == systemID else {
                throw SeamError.badRequest("acs_user_not_in_acs_system", "ACS user \(userID) belongs to another access control system than credential \(id)")
            }
            try db.execute(sql: "UPDATE acs_credentials SET acs_user_id = ? WHERE id = ?", arguments: [userID, id])
            return try db.object(.credentials, id, workspaceID: c.workspaceID)
        }
        return [("acs_credential", credential)]
    }

    static func unassign(_ c: HandlerContext) async throws -> ResponseFields {
        let p = c.params
        let id = try p.requiredUUID("acs_credential_id")
        let credential = try await c.write { db in
            let credential = try db.require(.credentials, id)
            let current: String? = credential["acs_user_id"]
            let named: String?
            if let userID = try p.uuid("acs_user_id") {
                named = userID
            } else if let identityID = try p.uuid("user_identity_id") {
                _ = try db.require(.identities, identityID)
                named = try String.fetchOne(db, sql: "SELECT id FROM acs_users WHERE user_identity_id = ? AND acs_system_id = ?",
                                            arguments: [identityID, credential["acs_system_id"] as String])
            } else {
                throw p.error("acs_user_id", "You must provide acs_user_id or user_identity_id")
            }
            guard let current, current == named else {
                throw SeamError.badRequest("acs_credential_not_assigned_to_user", "Credential \(id) is not assigned to that user")
            }
            try db.execute(sql: "UPDATE acs_credentials SET acs_user_id = NULL WHERE id = ?", arguments: [id])
            return try db.object(.credentials, id, workspaceID: c.workspaceID)
        }
        return [("acs_credential", credential)]
    }

    static func accessibleEntrances(_ c: HandlerContext) async throws -> ResponseFields {
        let id = try c.params.requiredUUID("acs_credential_id")
        let entrances = try await c.read { db in
            let credential = try db.require(.credentials, id)
            // A phone's copy opens what its multi-phone-sync parent opens.
            return try db.credentialEntrances(credential["parent_acs_credential_id"] ?? id)
        }
        return [("acs_entrances", .array(entrances))]
    }
}
