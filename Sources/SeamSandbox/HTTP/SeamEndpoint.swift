import Hummingbird

/// The responder behind every Seam route: reads the JSON body (`JSONRequestBody`), merges it
/// over the query string (`Params`), runs the route's handler and answers its fields with
/// `"ok": true`. Errors are thrown to `ErrorEnvelopeMiddleware`.
struct SeamEndpoint: HTTPResponder {
    typealias Context = SandboxRequestContext

    let handler: Handler
    let environment: RouteEnvironment

    func respond(to request: Request, context: Context) async throws -> Response {
        let body = try await JSONRequestBody.read(request)
        let params = try Params(query: QueryString.pairs(request.uri.query ?? ""), body: body)
        let handlerContext = HandlerContext(params: params, store: environment.store, now: Timestamp.now(),
                                            baseURL: environment.baseURL(), path: request.uri.path)
        let fields = try await handler(handlerContext)
        return SeamResponse.json(.object(fields + [("ok", .bool(true))]), status: 200)
    }
}
