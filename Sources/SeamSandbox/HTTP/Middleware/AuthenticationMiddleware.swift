import Hummingbird

/// Refuses a request without valid credentials (`Authenticator`) before routing, so that a
/// stranger gets 401 for every path, known or not, as Seam answers.
struct AuthenticationMiddleware: RouterMiddleware {
    typealias Context = SandboxRequestContext

    let authenticator: Authenticator

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        try authenticator.authenticate(request.headers, route: context.endpointPath)
        return try await next(request, context)
    }
}
