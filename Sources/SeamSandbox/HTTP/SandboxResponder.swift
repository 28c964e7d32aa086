import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore

/// The one HTTP responder: request id, fault injection, auth, body limits and content type,
/// parameter merging, routing (404/405), the handler, and the Seam envelopes; logs each request.
struct SandboxResponder: HTTPResponder {
    typealias Context = SandboxRequestContext

    static let maxBodyBytes = 1_048_576
    static let requestIDHeader = HTTPField.Name("seam-request-id")!
    static let retryAfterHeader = HTTPField.Name("Retry-After")!

    let routes: RouteTable
    let store: SandboxStore
    let authenticator: Authenticator
    let faults: FaultInjector
    let baseURL: @Sendable () -> String
    let logger: Logger

    func respond(to request: Request, context: Context) async throws -> Response {
        let started = ContinuousClock.now
        let requestID = "request_" + Identifiers.random()
        let path = request.uri.path
        var response: Response
        var errorType: String? = nil
        do {
            response = try await handle(request, path: path)
        } catch is DroppedConnection {
            // The fault: close the connection without a response. Hummingbird's write of the
            // response below then fails on the closed channel, which it only logs at trace level.
            try? await context.channel.close(mode: .all)
            logger.info("\(request.method) \(path) dropped the connection (drop rate) \(requestID)")
            return Response(status: .serviceUnavailable)
        } catch let error as SeamError {
            errorType = error.type
            response = Self.json(error.body, status: error.status, headers: error.headers)
        } catch {
            errorType = "internal_server_error"
            logger.error("unhandled error on \(request.method) \(path): \(error)")
            response = Self.json(SeamError(status: 500, type: "internal_server_error", message: "Internal error: \(error)").body, status: 500)
        }
        response.headers[Self.requestIDHeader] = requestID
        let elapsed = ContinuousClock.now - started
        let millis = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        logger.info("\(request.method) \(path) \(response.status.code) \(String(format: "%.1f", millis))ms \(requestID)\(errorType.map { " " + $0 } ?? "")")
        return response
    }

    private func handle(_ request: Request, path: String) async throws -> Response {
        // `/acs/users/list/` names the same route as `/acs/users/list`.
        let routePath = path.hasSuffix("/") ? String(path.dropLast()) : path
        switch faults.decide(now: Timestamp.now(), path: routePath) {
        case .proceed(let latency):
            if latency > .zero { try await Task.sleep(for: latency) }
        case .fail(let error, let latency):
            if latency > .zero { try await Task.sleep(for: latency) }
            throw error
        case .drop(let latency):
            if latency > .zero { try await Task.sleep(for: latency) }
            throw DroppedConnection()
        }
        try authenticator.authenticate(request.headers, path: path)
        guard let route = routes.routes[routePath] else {
            throw SeamError.notFound("not_found", "No route \(path)")
        }
        guard route.methods.contains(request.method) else {
            let allowed = route.methods.map(\.rawValue).sorted().joined(separator: ", ")
            var error = SeamError(status: 405, type: "method_not_allowed", message: "\(request.method) is not allowed on \(path); use \(allowed)")
            error.headers = [("Allow", allowed)]
            throw error
        }
        let body = try await readBody(request)
        let params = try Params(query: QueryString.pairs(request.uri.query ?? ""), body: body)
        let context = HandlerContext(params: params, store: store, now: Timestamp.now(), baseURL: baseURL(), path: path)
        let fields = try await route.handler(context)
        return Self.json(.object(fields + [("ok", .bool(true))]), status: 200)
    }

    private func readBody(_ request: Request) async throws -> JSONValue? {
        if let length = request.headers[.contentLength].flatMap(Int.init), length > Self.maxBodyBytes {
            throw Self.tooLarge
        }
        var buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: Self.maxBodyBytes)
        } catch {
            throw Self.tooLarge
        }
        let bytes = buffer.readBytes(length: buffer.readableBytes) ?? []
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return nil }
        let contentType = request.headers[.contentType]?.lowercased() ?? ""
        let mediaType = contentType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        guard mediaType == "application/json" || (mediaType.hasPrefix("application/") && mediaType.hasSuffix("+json")) else {
            throw SeamError.badRequest("invalid_content_type", "Content-Type must be application/json, received \(contentType.isEmpty ? "none" : "'\(contentType.prefix(100))'")")
        }
        do {
            return try JSONParser.parse(bytes)
        } catch {
            throw SeamError(status: 400, type: "invalid_input", message: error.message,
                            validationErrors: .object([("_errors", .array([.string(error.message)]))]))
        }
    }

    /// Thrown by the dropped-connection fault; never leaves the responder.
    struct DroppedConnection: Error {}

    static let tooLarge = SeamError(status: 413, type: "payload_too_large", message: "The request body exceeds the limit of \(maxBodyBytes) bytes")

    static func json(_ value: JSONValue, status: Int, headers: [(String, String)] = []) -> Response {
        var fields = HTTPFields()
        fields[.contentType] = "application/json; charset=utf-8"
        for (name, value) in headers {
            if let name = HTTPField.Name(name) { fields[name] = value }
        }
        let bytes = JSONWriter.bytes(value)
        fields[.contentLength] = String(bytes.count)
        return Response(status: .init(code: status), headers: fields, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
