import HTTPTypes
import Hummingbird

/// Gives each request its Seam request id (`request_…`), passes it inward in the context, and
/// puts it on the answer as `seam-request-id`, errors included (the inner
/// `ErrorEnvelopeMiddleware` turns every error into a response).
struct RequestIDMiddleware: RouterMiddleware {
    typealias Context = SandboxRequestContext

    static let header = HTTPField.Name("seam-request-id")!

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        context.requestID = "request_" + Identifiers.random()
        var response = try await next(request, context)
        response.headers[Self.header] = context.requestID
        return response
    }
}
