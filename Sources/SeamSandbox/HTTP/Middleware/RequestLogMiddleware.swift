import Foundation
import Hummingbird
import Logging

/// One log line per request: method, path, status, time, request id and the Seam error type.
/// It sits inside `ErrorEnvelopeMiddleware`, so it sees the thrown error itself and logs what
/// an internal error was; the client is told only that there was one.
struct RequestLogMiddleware: RouterMiddleware {
    typealias Context = SandboxRequestContext

    let logger: Logger

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let started = ContinuousClock.now
        let path = request.uri.path
        do {
            let response = try await next(request, context)
            log(request, status: Int(response.status.code), errorType: nil, since: started, context: context)
            return response
        } catch is DroppedConnection {
            logger.info("\(request.method) \(path) dropped the connection (drop rate) \(context.requestID)")
            throw DroppedConnection()
        } catch {
            if !(error is SeamError) {
                logger.error("unhandled error on \(request.method) \(path) \(context.requestID): \(error)")
            }
            let answer = SeamError.answering(error, requestID: context.requestID)
            log(request, status: answer.status, errorType: answer.type, since: started, context: context)
            throw error
        }
    }

    private func log(_ request: Request, status: Int, errorType: String?, since started: ContinuousClock.Instant, context: Context) {
        let elapsed = ContinuousClock.now - started
        let millis = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        logger.info("\(request.method) \(request.uri.path) \(status) \(String(format: "%.1f", millis))ms \(context.requestID)\(errorType.map { " " + $0 } ?? "")")
    }
}
