import Hummingbird

/// One resource family's routes (`Routes/`) as a Hummingbird `RouteCollection`: each route
/// answers every verb of its `RouteKind` through a `SeamEndpoint`. It also keeps each path's
/// kind, which `UnmatchedRouteMiddleware` needs to tell a wrong verb (405) from an unknown path.
struct SeamRouteCollection {
    let routes = RouteCollection(context: SandboxRequestContext.self)
    private(set) var kinds: [String: RouteKind] = [:]
    let environment: RouteEnvironment

    init(_ environment: RouteEnvironment) { self.environment = environment }

    /// `unsupported`: parameters the spec lists for the route that the sandbox does not
    /// implement; a request naming one is refused (400 `invalid_input`) instead of ignored.
    mutating func add(_ path: String, _ kind: RouteKind, unsupported: Set<String> = [], _ handler: @escaping Handler) {
        let endpoint = SeamEndpoint(handler: handler, environment: environment, unsupported: unsupported)
        for method in kind.methods { _ = routes.on(RouterPath(path), method: method, responder: endpoint) }
        kinds[path] = kind
    }
}
