import GRDB

/// The `/user_identities/enrollment_automations/*` route collection: keep enrolling an identity's phones with a credential manager.
enum EnrollmentAutomationRoutes {
    static func collection(_ environment: RouteEnvironment) -> SeamRouteCollection {
        var routes = SeamRouteCollection(environment)
        routes.add("/user_identities/enrollment_automations/launch", .action, launch)
        routes.add("/user_identities/enrollment_automations/get", .read, get)
        routes.add("/user_identities/enrollment_automations/list", .read, list)
        routes.add("/user_identities/enrollment_automations/delete", .delete, delete)
        return routes
    }

    static func launch(_ c: HandlerContext) async throws -> ResponseFields {
        let p = c.params
        let identityID = try p.requiredUUID("user_identity_id")
        let managerID = try p.requiredUUID("credential_manager_acs_system_id")
        let createUser = try p.bool("create_credential_manager_user") ?? false
        let managerUserID = try p.uuid("credential_manager_acs_user_id")
        _ = try p.uuid("acs_credential_pool_id")
        if createUser && managerUserID != nil {
            throw p.error("credential_manager_acs_user_id", "You cannot specify credential_manager_acs_user_id when create_credential_manager_user is true")
        }
        let automation = try await c.write { db in
            _ = try db.require(.identities, identityID)
            let manager = try db.require(.systems, managerID)
            guard manager["is_credential_manager"] as Bool else {
                throw p.error("credential_manager_acs_system_id", "Access control system \(managerID) is not a credential manager")
            }
            if let managerUserID { _ = try db.require(.users, managerUserID) }
            let existing = try String.fetchOne(db, sql: "SELECT id FROM enrollment_automations WHERE user_identity_id = ? AND credential_manager_acs_system_id = ?",
                                               arguments: [identityID, managerID])
            let id = existing ?? Identifiers.random()
            if existing == nil {
                try db.execute(sql: "INSERT INTO enrollment_automations (id, user_identity_id, credential_manager_acs_system_id, created_at) VALUES (?, ?, ?, ?)",
                               arguments: [id, identityID, managerID, c.now])
            }
            return try db.object(.enrollmentAutomations, id, workspaceID: c.workspaceID)
        }
        return [("enrollment_automation", automation)]
    }

    static func get(_ c: HandlerContext) async throws -> ResponseFields {
        let id = try c.params.requiredUUID("enrollment_automation_id")
        let automation = try await c.read { db in try db.object(.enrollmentAutomations, id, workspaceID: c.workspaceID) }
        return [("enrollment_automation", automation)]
    }

    static func list(_ c: HandlerContext) async throws -> ResponseFields {
        let identityID = try c.params.requiredUUID("user_identity_id")
        let automations = try await c.read { db in
            _ = try db.require(.identities, identityID)
            return try Row.fetchAll(db, sql: "SELECT * FROM enrollment_automations WHERE user_identity_id = ? ORDER BY created_at, id", arguments: [identityID])
                .map { Records.enrollmentAutomation($0, workspaceID: c.workspaceID) }
        }
        return [("enrollment_automations", .array(automations))]
    }

    static func delete(_ c: HandlerContext) async throws -> ResponseFields {
        let id = try c.params.requiredUUID("enrollment_automation_id")
        try await c.write { db in
            _ = try db.require(.enrollmentAutomations, id)
            try deleteAutomation(db, id, now: c.now)
        }
        return []
    }

    static func deleteAutomation(_ db: Database, _ id: String, now: Int64) throws {
        let identityID = try String.fetchOne(db, sql: "SELECT user_identity_id FROM enrollment_automations WHERE id = ?", arguments: [id])
        try db.execute(sql: "DELETE FROM enrollment_automations WHERE id = ?", arguments: [id])
        try EventLog.record(db, type: "enrollment_automation.deleted", now: now, description: "An enrollment automation was deleted.",
                            ids: .init(userIdentityID: identityID, enrollmentAutomationID: id))
    }
}
