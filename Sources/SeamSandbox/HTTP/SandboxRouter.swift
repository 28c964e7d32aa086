import Hummingbird
import Logging

/// Builds the sandbox's Hummingbird router: the middlewares, outermost first, then one route
/// collection per resource family (`Routes/`).
enum SandboxRouter {
    /// The router, and every route path with its kind.
    static func make(environment: RouteEnvironment, authenticator: Authenticator, faults: FaultInjector,
                     logger: Logger) -> (Router<SandboxRequestContext>, [String: RouteKind]) {
        let families = [
            SystemRoutes.collection(environment),
            EntranceRoutes.collection(environment),
            UserRoutes.collection(environment),
            CredentialRoutes.collection(environment),
            IdentityRoutes.collection(environment),
            EnrollmentAutomationRoutes.collection(environment),
            EventRoutes.collection(environment),
            MiscRoutes.collection(environment),
            PhoneRoutes.collection(environment),
            ConnectedAccountRoutes.collection(environment),
            AccessGrantRoutes.collection(environment),
            AccessMethodRoutes.collection(environment),
            ProblemRoutes.collection(environment),
        ]
        let kinds = families.reduce(into: [String: RouteKind]()) { all, family in
            all.merge(family.kinds) { first, _ in first }
        }
        let router = Router(context: SandboxRequestContext.self)
        // Middlewares apply to the routes added after them, and to unmatched requests.
        router.addMiddleware {
            RequestIDMiddleware()
            ErrorEnvelopeMiddleware()
            RequestLogMiddleware(logger: logger)
            FaultInjectionMiddleware(faults: faults)
            AuthenticationMiddleware(authenticator: authenticator)
            UnmatchedRouteMiddleware(kinds: kinds)
        }
        for family in families { router.addRoutes(family.routes) }
        return (router, kinds)
    }
}
