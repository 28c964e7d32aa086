import Hummingbird
import NIOCore

/// Applies the run-time faults of `FaultInjector` before anything else is checked: added
/// latency, 429s, 503s, and dropped connections (closed here, then `DroppedConnection`).
/// Routes are named as registered (`/acs/users/list`, whatever trailing slash was sent).
struct FaultInjectionMiddleware: RouterMiddleware {
    typealias Context = SandboxRequestContext

    let faults: FaultInjector

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let route = context.endpointPath ?? request.uri.path
        switch faults.decide(now: Timestamp.now(), path: route) {
        case .proceed(let latency):
            try await Self.wait(latency)
            return try await next(request, context)
        case .fail(let error, let latency):
            try await Self.wait(latency)
            throw error
        case .drop(let latency):
            try await Self.wait(latency)
            // Hummingbird's later write of a response to the closed channel fails, which it
            // only logs at trace level.
            try? await context.channel.close(mode: .all)
            throw DroppedConnection()
        }
    }

    private static func wait(_ latency: Duration) async throws {
        if latency > .zero { try await Task.sleep(for: latency) }
    }
}

/// Thrown once the dropped-connection fault has closed the connection: there is no one to
/// answer. `RequestLogMiddleware` logs it and `ErrorEnvelopeMiddleware` ends it.
struct DroppedConnection: Error {}
