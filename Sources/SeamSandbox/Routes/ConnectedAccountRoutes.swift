import GRDB

/// The `/connected_accounts/*` route collection: the Latch logins the buildings come from.
enum ConnectedAccountRoutes {
    static func collection(_ environment: RouteEnvironment) -> SeamRouteCollection {
        var routes = SeamRouteCollection(environment)
        routes.add("/connected_accounts/get", .read, get)
        routes.add("/connected_accounts/list", .read,
                   unsupported: ["custom_metadata_has", "customer_key", "space_id", "user_identifier_key"], list)
        routes.add("/connected_accounts/simulate/disconnect", .action, disconnect)
        return routes
    }

    static func get(_ c: HandlerContext) async throws -> ResponseFields {
        let id = try c.params.uuid("connected_account_id")
        let email = try c.params.string("email")
        if id == nil && email == nil { throw c.params.missing("connected_account_id") }
        if id != nil && email != nil { throw c.params.error("email", "You can only provide one of connected_account_id or email") }
        let account = try await c.read { db in
            if let id { return try db.object(.connectedAccounts, id, workspaceID: c.workspaceID) }
            guard let row = try Row.fetchOne(db, sql: ConnectedAccountRecords.select + " WHERE ca.account_email = ? COLLATE NOCASE", arguments: [email]) else {
                throw SeamError.notFound("connected_account_not_found", "No connected account signed in as \(email!)")
            }
            return ConnectedAccountRecords.account(row, workspaceID: c.workspaceID)
        }
        return [("connected_account", account)]
    }

    static func list(_ c: HandlerContext) async throws -> ResponseFields {
        let search = try c.params.string("search", minLength: 1)
        let page = try c.page(defaultLimit: 11_000)
        let (items, next) = try await c.read { db in
            var filters: [String] = []
            var args: StatementArguments = []
            if let search {
                SearchPattern.append(search, columns: ["ca.display_name", "ca.account_email", "ca.id"], to: &filters, arguments: &args)
            }
            return try page.fetch(db, select: ConnectedAccountRecords.select, alias: "ca", filters: filters, arguments: args,
                                  render: { ConnectedAccountRecords.account($0, workspaceID: c.workspaceID) })
        }
        return [("connected_accounts", .array(items)),
                ("pagination", Page.json(next: next, params: c.params, baseURL: c.baseURL, path: c.path))]
    }

    static func disconnect(_ c: HandlerContext) async throws -> ResponseFields {
        let id = try c.params.requiredUUID("connected_account_id")
        try await c.write { db in try AccountDisconnection.disconnect(db, accountID: id, now: c.now) }
        return []
    }
}
