import GRDB

/// The `/events/*` route collection: what happened, newest first.
enum EventRoutes {
    static func collection(_ environment: RouteEnvironment) -> SeamRouteCollection {
        var routes = SeamRouteCollection(environment)
        routes.add("/events/list", .read, unsupported: [
            "access_code_id", "access_code_ids", "acs_access_group_id", "acs_encoder_id", "connect_webview_id", "customer_key",
            "space_id", "space_ids",
        ], list)
        routes.add("/events/get", .read, get)
        return routes
    }

    /// The most events one `/events/list` answers. The route has no cursor, only `limit` (default
    /// 500, no maximum documented in spec/seam-openapi.json) and `unstable_offset`; without a cap one request
    /// could make the sandbox render every event it holds. Above it is `invalid_input`.
    static let maxLimit: Int64 = 1000

    static func list(_ c: HandlerContext) async throws -> ResponseFields {
        let p = c.params
        let since = try p.datetime("since")
        let between = try p.stringArray("between")
        if since == nil && between == nil { throw p.error("since", "Must specify either since or between") }
        if since != nil && between != nil { throw p.error("between", "Cannot specify both since and between") }
        var range: (Int64, Int64)? = nil
        if let between {
            guard between.count == 2, let lower = Timestamp.parse(between[0]), let upper = Timestamp.parse(between[1]) else {
                throw p.error("between", "Expected two datetimes [lower, upper]")
            }
            range = (lower, upper)
        }
        let limit = try p.int("limit", minimum: 0, maximum: Self.maxLimit) ?? 500
        let offset = try p.int("unstable_offset", minimum: 0) ?? 0
        var filters: [String] = []
        var args: StatementArguments = []
        for column in ["acs_system_id", "acs_user_id", "acs_credential_id", "acs_entrance_id", "user_identity_id", "connected_account_id",
                       "access_grant_id", "access_method_id", "device_id"] {
            if let value = try p.uuid(column) { filters.append("\(column) = ?"); args += [value] }
        }
        for (name, column) in [("acs_system_ids", "acs_system_id"), ("event_ids", "id"), ("access_grant_ids", "access_grant_id"),
                               ("access_method_ids", "access_method_id"), ("device_ids", "device_id")] {
            if let values = try p.uuidArray(name) {
                filters.append("\(column) IN (\(values.map { _ in "?" }.joined(separator: ",").nonEmpty ?? "NULL"))")
                args += StatementArguments(values)
            }
        }
        var types = try p.stringArray("event_types") ?? []
        if let type = try p.string("event_type") { types.append(type) }
        if !types.isEmpty {
            filters.append("event_type IN (\(types.map { _ in "?" }.joined(separator: ",")))")
            args += StatementArguments(types)
        }
        if let since { filters.append("created_at > ?"); args += [since] }
        if let range { filters.append("created_at > ? AND created_at < ?"); args += [range.0, range.1] }
        let whereSQL = filters.joined(separator: " AND ")
        args += [limit, offset]
        let events = try await c.read { [args] db in
            try Row.fetchAll(db, sql: "SELECT * FROM events WHERE \(whereSQL) ORDER BY created_at DESC, seq DESC LIMIT ? OFFSET ?", arguments: args)
                .map { Records.event($0, workspaceID: c.workspaceID) }
        }
        return [("events", .array(events))]
    }

    static func get(_ c: HandlerContext) async throws -> ResponseFields {
        let id = try c.params.uuid("event_id")
        let deviceID = try c.params.uuid("device_id")
        let type = try c.params.string("event_type", minLength: 1)
        if id == nil && deviceID == nil && type == nil { throw c.params.missing("event_id") }
        let event = try await c.read { db in
            var filters: [String] = []
            var args: StatementArguments = []
            if let id { filters.append("id = ?"); args += [id] }
            if let deviceID { filters.append("device_id = ?"); args += [deviceID] }
            if let type { filters.append("event_type = ?"); args += [type] }
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM events WHERE \(filters.joined(separator: " AND ")) ORDER BY created_at DESC, seq DESC LIMIT 1", arguments: args) else {
                throw SeamError.notFound("event_not_found", "Event not found")
            }
            return Records.event(row, workspaceID: c.workspaceID)
        }
        return [("event", event)]
    }
}
