import Hummingbird

/// The responder behind every Seam route: reads the JSON body (`JSONRequestBody`), merges it
/// over the query string (`Params`), refuses parameters the route does not implement, settles
/// issuance and pending changes that are due (a check of one number when nothing is due), runs
/// the route's handler and answers its fields with `"ok": true`. Errors are thrown to
/// `ErrorEnvelopeMiddleware`.
struct SeamEndpoint: HTTPResponder {
    typealias Context = SandboxRequestContext

    let handler: Handler
    let environment: RouteEnvironment
    let unsupported: Set<String>

    func respond(to request: Request, context: Context) async throws -> Response {
        let body = try await JSONRequestBody.read(request)
        let params = try Params(query: QueryString.pairs(request.uri.query ?? ""), body: body)
        if !unsupported.isEmpty, let name = unsupported.sorted().first(where: params.has) {
            throw params.error(name, "The keydesk sandbox does not support \(name) on \(request.uri.path)")
        }
        let now = Timestamp.now()
        try await environment.store.settleDueChanges(now: now)
        let handlerContext = HandlerContext(params: params, store: environment.store, now: now,
                                            baseURL: environment.baseURL(), path: request.uri.path)
        let fields = try await handler(handlerContext)
        return SeamResponse.json(.object(fields + [("ok", .bool(true))]), status: 200)
    }
}
