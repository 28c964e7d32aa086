import GRDB

/// Sandbox-only routes (not in Seam's spec) that put errors and warnings on a resource at run
/// time, one pair per family: `POST /acs/users/simulate/add_problem {acs_user_id, code, message?}`
/// and `POST /acs/users/simulate/clear_problems {acs_user_id, code?}`, likewise for systems,
/// entrances, credentials, user identities, connected accounts, access grants and access methods.
/// Both answer the resource as its `get` route does. Codes: `ProblemCatalog`.
enum ProblemRoutes {
    static func collection(_ environment: RouteEnvironment) -> SeamRouteCollection {
        var routes = SeamRouteCollection(environment)
        for resource in ProblemResource.allCases {
            routes.add("\(resource.routePrefix)/simulate/add_problem", .action) { try await add($0, resource) }
            routes.add("\(resource.routePrefix)/simulate/clear_problems", .action) { try await clear($0, resource) }
        }
        return routes
    }

    /// Each sandbox-only route with the spec route whose answer it shares (for the OpenAPI tests).
    static var answerShapes: [String: String] {
        var shapes: [String: String] = [:]
        for resource in ProblemResource.allCases {
            shapes["\(resource.routePrefix)/simulate/add_problem"] = "\(resource.routePrefix)/get"
            shapes["\(resource.routePrefix)/simulate/clear_problems"] = "\(resource.routePrefix)/get"
        }
        return shapes
    }

    static func add(_ c: HandlerContext, _ resource: ProblemResource) async throws -> ResponseFields {
        let id = try c.params.requiredUUID(resource.idParameter)
        let code = try c.params.requiredString("code")
        let message = try c.params.string("message", minLength: 1)
        let object = try await c.write { db in
            try ProblemInjection.add(db, resource, id: id, code: code, message: message, now: c.now)
            return try db.object(resource.table, id, workspaceID: c.workspaceID)
        }
        return [(resource.rawValue, object)]
    }

    static func clear(_ c: HandlerContext, _ resource: ProblemResource) async throws -> ResponseFields {
        let id = try c.params.requiredUUID(resource.idParameter)
        let code = try c.params.string("code", minLength: 1)
        let object = try await c.write { db in
            _ = try db.require(resource.table, id)
            try Problems.clear(db, resourceID: id, code: code)
            return try db.object(resource.table, id, workspaceID: c.workspaceID)
        }
        return [(resource.rawValue, object)]
    }
}
