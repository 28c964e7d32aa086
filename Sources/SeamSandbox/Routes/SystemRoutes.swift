import GRDB

/// The `/acs/systems/*` route collection: the Latch buildings and their credential managers.
enum SystemRoutes {
    static func collection(_ environment: RouteEnvironment) -> SeamRouteCollection {
        var routes = SeamRouteCollection(environment)
        routes.add("/acs/systems/list", .read, unsupported: ["customer_key"], list)
        routes.add("/acs/systems/get", .read, get)
        routes.add("/acs/systems/list_compatible_credential_manager_acs_systems", .read, compatibleManagers)
        return routes
    }

    static func list(_ c: HandlerContext) async throws -> ResponseFields {
        let search = try c.params.string("search", minLength: 1)
        let accountID = try c.params.uuid("connected_account_id")
        let systems = try await c.read { db in
            var filters = ["1"]
            var args: StatementArguments = []
            if let accountID { filters.append("s.connected_account_id = ?"); args += [accountID] }
            if let search { SearchPattern.append(search, columns: ["s.name", "s.id"], to: &filters, arguments: &args) }
            return try Row.fetchAll(db, sql: Records.systemSelect + " WHERE \(filters.joined(separator: " AND ")) ORDER BY s.created_at, s.id", arguments: args)
                .map { Records.system($0, workspaceID: c.workspaceID) }
        }
        return [("acs_systems", .array(systems))]
    }

    static func get(_ c: HandlerContext) async throws -> ResponseFields {
        let id = try c.params.requiredUUID("acs_system_id")
        return [("acs_system", try await c.read { db in try db.object(.systems, id, workspaceID: c.workspaceID) })]
    }

    static func compatibleManagers(_ c: HandlerContext) async throws -> ResponseFields {
        let id = try c.params.requiredUUID("acs_system_id")
        let systems = try await c.read { db in
            _ = try db.require(.systems, id)
            return try Row.fetchAll(db, sql: Records.systemSelect + " WHERE s.is_credential_manager = 1 AND s.compatible_with_acs_system_id = ? ORDER BY s.created_at, s.id", arguments: [id])
                .map { Records.system($0, workspaceID: c.workspaceID) }
        }
        return [("acs_systems", .array(systems))]
    }
}
