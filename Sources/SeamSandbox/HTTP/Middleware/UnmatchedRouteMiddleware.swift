import Hummingbird

/// Answers what Hummingbird's router could not match in Seam's terms. The router throws 404 both
/// for an unknown path and for a known path with a verb it does not take; here the second is a
/// 405 `method_not_allowed` with `Allow`, the first a 404 `not_found` naming the path. The
/// router also skips empty path segments (`//acs//users/list`); a route takes one trailing
/// slash at most, so such a path is a 404 too.
struct UnmatchedRouteMiddleware: RouterMiddleware {
    typealias Context = SandboxRequestContext

    /// Every route path, as registered, with its kind (`SeamRouteCollection.kinds`).
    let kinds: [String: RouteKind]

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let path = request.uri.path
        if let route = context.endpointPath, !Self.path(path, names: route) { throw Self.notFound(path) }
        do {
            return try await next(request, context)
        } catch let error as HTTPError where error.status == .notFound {
            // The router's own reading of the path: empty segments dropped.
            let route = RouterPath(path).description
            guard let kind = kinds[route], Self.path(path, names: route) else { throw Self.notFound(path) }
            var notAllowed = SeamError(status: 405, type: "method_not_allowed",
                                       message: "\(request.method) is not allowed on \(path); use \(kind.allowHeader)")
            notAllowed.headers = [("Allow", kind.allowHeader)]
            throw notAllowed
        }
    }

    /// True when `path` is `route` or `route/`.
    static func path(_ path: String, names route: String) -> Bool {
        path == route || (path.utf8.count == route.utf8.count + 1 && path.hasPrefix(route) && path.hasSuffix("/"))
    }

    static func notFound(_ path: String) -> SeamError {
        SeamError.notFound("not_found", "No route \(path)")
    }
}
