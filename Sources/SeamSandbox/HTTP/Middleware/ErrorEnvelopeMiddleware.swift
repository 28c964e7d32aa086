import Hummingbird

/// Answers whatever the inner layers throw in Seam's error envelope (`{"error": {"type", "message", …}}`, spec/seam-openapi.json): a
/// `SeamError` as itself, anything else as a 500 (`SeamError.answering`). A dropped connection
/// has nobody left to answer; its placeholder response is never written.
struct ErrorEnvelopeMiddleware: RouterMiddleware {
    typealias Context = SandboxRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch is DroppedConnection {
            return Response(status: .serviceUnavailable)
        } catch {
            return SeamResponse.error(SeamError.answering(error, requestID: context.requestID))
        }
    }
}
