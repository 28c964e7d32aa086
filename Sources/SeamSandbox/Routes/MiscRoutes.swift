import GRDB

/// The route collection of `/action_attempts/get` and `/workspaces/{get,list}`.
enum MiscRoutes {
    static func collection(_ environment: RouteEnvironment) -> SeamRouteCollection {
        var routes = SeamRouteCollection(environment)
        routes.add("/action_attempts/get", .read, actionAttempt)
        routes.add("/workspaces/get", .read) { c in [("workspace", workspace(c))] }
        routes.add("/workspaces/list", .read) { c in [("workspaces", .array([workspace(c)]))] }
        return routes
    }

    static func actionAttempt(_ c: HandlerContext) async throws -> ResponseFields {
        let id = try c.params.requiredUUID("action_attempt_id")
        let attempt = try await c.read { db in try db.object(.actionAttempts, id, workspaceID: c.workspaceID) }
        return [("action_attempt", attempt)]
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
