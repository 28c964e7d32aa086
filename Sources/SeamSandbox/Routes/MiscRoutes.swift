import GRDB

/// The route collection of `/action_attempts/{get,list}` and `/workspaces/{get,list}`.
enum MiscRoutes {
    static func collection(_ environment: RouteEnvironment) -> SeamRouteCollection {
        var routes = SeamRouteCollection(environment)
        routes.add("/action_attempts/get", .read, actionAttempt)
        routes.add("/action_attempts/list", .read, unsupported: ["device_id"], actionAttempts)
        routes.add("/workspaces/get", .read) { c in [("workspace", workspace(c))] }
        routes.add("/workspaces/list", .read) { c in [("workspaces", .array([workspace(c)]))] }
        return routes
    }

    static func actionAttempt(_ c: HandlerContext) async throws -> ResponseFields {
        let id = try c.params.requiredUUID("action_attempt_id")
        let attempt = try await c.read { db in try db.object(.actionAttempts, id, workspaceID: c.workspaceID) }
        return [("action_attempt", attempt)]
    }

    static func actionAttempts(_ c: HandlerContext) async throws -> ResponseFields {
        let ids = try c.params.uuidArray("action_attempt_ids")
        let page = try c.page()
        let (items, next) = try await c.read { db in
            var filters: [String] = []
            var args: StatementArguments = []
            if let ids {
                filters.append("a.id IN (\(ids.map { _ in "?" }.joined(separator: ",").nonEmpty ?? "NULL"))")
                args += StatementArguments(ids)
            }
            return try page.fetch(db, select: "SELECT a.* FROM action_attempts a", alias: "a", filters: filters, arguments: args,
                                  render: Records.actionAttempt)
        }
        return [("action_attempts", .array(items)),
                ("pagination", Page.json(next: next, params: c.params, baseURL: c.baseURL, path: c.path))]
    }

    static func workspace(_ c: HandlerContext) -> JSONValue {
        .object([
            ("company_name", .string("Keydesk Sandbox")),
            ("connect_partner_name", .string("Keydesk Sandbox")),
            ("connect_webview_customization", .object([])),
            ("is_publishable_key_auth_enabled", .bool(false)),
            ("is_sandbox", .bool(true)),
            ("is_suspended", .bool(false)),
            ("name", .string("Keydesk Sandbox")),
            ("organization_id", .null),
            ("workspace_id", .string(c.workspaceID)),
        ])
    }
}
