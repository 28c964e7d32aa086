import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import NIOHTTP1

/// Sends one Seam request: builds it in the SDKs' verb style, retries idempotent verbs on 429/5xx,
/// maps every failure to `SeamAPIError`, and unwraps the response key.
struct SeamTransport: Sendable {
    let configuration: SeamConfiguration
    let httpClient: HTTPClient

    /// The largest response body accepted (a full 500-item page is well under 1 MiB).
    static let maxResponseBytes = 64 * 1024 * 1024

    /// Sends a request and decodes the value under `key`.
    func value<Value: Decodable>(
        _ verb: HTTPVerb, _ path: String, _ parameters: RequestParameters = .init(), key: String,
        as type: Value.Type = Value.self
    ) async throws -> Value {
        let envelope: ResponseEnvelope<Value> = try await envelope(verb, path, parameters, key: key)
        guard let value = envelope.value else {
            throw invalidResponse(path, "expected \"\(key)\", which the response does not contain")
        }
        return value
    }

    /// Sends a request and decodes the value under `key` if present (routes whose key is optional).
    func optionalValue<Value: Decodable>(
        _ verb: HTTPVerb, _ path: String, _ parameters: RequestParameters = .init(), key: String,
        as type: Value.Type = Value.self
    ) async throws -> Value? {
        let envelope: ResponseEnvelope<Value> = try await envelope(verb, path, parameters, key: key)
        return envelope.value
    }

    /// Sends a request to a paginated list route and decodes one page.
    func page<Item: Decodable>(
        _ verb: HTTPVerb, _ path: String, _ parameters: RequestParameters, key: String
    ) async throws -> Page<Item> {
        let envelope: ResponseEnvelope<[Item]> = try await envelope(verb, path, parameters, key: key)
        guard let items = envelope.value else {
            throw invalidResponse(path, "expected \"\(key)\", which the response does not contain")
        }
        return Page(items: items, pagination: envelope.pagination)
    }

    /// Sends a request whose answer carries nothing but `ok`.
    func void(_ verb: HTTPVerb, _ path: String, _ parameters: RequestParameters) async throws {
        _ = try await send(verb, path, parameters)
    }

    func envelope<Value: Decodable>(
        _ verb: HTTPVerb, _ path: String, _ parameters: RequestParameters, key: String
    ) async throws -> ResponseEnvelope<Value> {
        let body = try await send(verb, path, parameters)
        return try Self.decodeEnvelope(body, key: key, path: path, baseURL: configuration.endpoint)
    }

    /// Decodes a success body; public to the module so the benchmark and tests use the same path.
    static func decodeEnvelope<Value: Decodable>(
        _ body: Data, key: String, path: String, baseURL: String
    ) throws -> ResponseEnvelope<Value> {
        let decoder = SeamJSON.makeDecoder()
        decoder.userInfo[.seamResponseKey] = key
        do {
            return try decoder.decode(ResponseEnvelope<Value>.self, from: body)
        } catch let error as DecodingError {
            throw SeamAPIError(
                kind: .invalidResponse, message: Sanitized.text(Self.describe(error), limit: 300), endpoint: path,
                baseURL: baseURL)
        } catch {
            throw SeamAPIError(kind: .invalidResponse, message: "the body is not JSON", endpoint: path, baseURL: baseURL)
        }
    }

    /// Sends with retries, through the configuration's `requestGate` if it has one; returns the
    /// body of a 2xx answer.
    func send(_ verb: HTTPVerb, _ path: String, _ parameters: RequestParameters) async throws -> Data {
        guard let gate = configuration.requestGate else { return try await sendUnchecked(verb, path, parameters) }
        let gated = SeamGatedRequest(verb: verb, path: path, parameters: parameters)
        try await gate.admit(gated)
        return try await gate.screen(try await sendUnchecked(verb, path, parameters), of: gated)
    }

    /// `send` without the configuration's gate.
    private func sendUnchecked(_ verb: HTTPVerb, _ path: String, _ parameters: RequestParameters) async throws -> Data {
        let request = try makeRequest(verb, path, parameters)
        let policy = configuration.retryPolicy
        let mayRetry = policy.isRetryable(method: verb.rawValue)
        var retries = 0
        while true {
            let outcome = try await attempt(request, verb: verb, path: path, parameters: parameters)
            switch outcome {
            case .success(let body):
                return body
            case .failure(var error, let retryAfter):
                error.retryAfter = retryAfter
                let retryableFailure = error.kind == .unreachable
                    || (error.status.map(policy.isRetryable(status:)) ?? false)
                guard mayRetry, retryableFailure, retries < policy.maxRetries else { throw error }
                let delay = policy.delay(
                    beforeRetry: retries + 1, retryAfter: retryAfter, unitRandom: Double.random(in: 0...1))
                retries += 1
                configuration.logger.debug(
                    "retrying Seam request",
                    metadata: ["method": "\(verb.rawValue)", "path": "\(path)", "retry": "\(retries)",
                               "delay": "\(delay)", "status": "\(error.status.map(String.init) ?? "-")"])
                try await configuration.sleeper.sleep(for: delay)
            }
        }
    }

    private enum Outcome {
        case success(Data)
        case failure(SeamAPIError, retryAfter: Duration?)
    }

    private func attempt(
        _ request: HTTPClientRequest, verb: HTTPVerb, path: String, parameters: RequestParameters
    ) async throws -> Outcome {
        let logger = configuration.logger
        do {
            try Task.checkCancellation()
            let response = try await receive(request)
            let body = response.body
            let requestId = response.headers.first(name: "seam-request-id")
            let status = response.status
            logger.debug(
                "Seam request",
                metadata: ["method": "\(verb.rawValue)", "path": "\(path)", "status": "\(status)",
                           "request-id": "\(requestId.map { untrusted($0, limit: 80) } ?? "-")"])
            if (200..<300).contains(status) { return .success(body) }
            let error = mapHTTPError(
                status: status, body: body, requestId: requestId, path: path, parameters: parameters)
            let retryAfter = RetryPolicy.parseRetryAfter(
                response.headers.first(name: "retry-after"), cap: configuration.retryPolicy.maxRetryAfter)
            return .failure(error, retryAfter: retryAfter)
        } catch {
            // Cancellation is the caller's decision, not a failure of Seam: pass it through.
            if error is CancellationError || Task.isCancelled { throw CancellationError() }
            return .failure(mapTransportError(error, path: path), retryAfter: nil)
        }
    }

    /// A whole answer: status, headers and the complete body.
    struct ReceivedResponse: Sendable {
        var status: Int
        var headers: HTTPHeaders
        var body: Data
    }

    /// Sends the request and reads the whole answer within `configuration.timeout`. AsyncHTTPClient's
    /// deadline ends once the response head arrives, and its read timeout restarts on every byte,
    /// so a server that trickles its body would otherwise hold the call forever: the deadline here
    /// covers the body too.
    private func receive(_ request: HTTPClientRequest) async throws -> ReceivedResponse {
        let timeout = configuration.timeout
        let httpClient = httpClient
        return try await withDeadline(timeout) {
            let response = try await httpClient.execute(request, deadline: .now() + TimeAmount(timeout))
            let buffer = try await response.body.collect(upTo: Self.maxResponseBytes)
            return ReceivedResponse(
                status: Int(response.status.code), headers: response.headers, body: Data(buffer.readableBytesView))
        }
    }

    func makeRequest(_ verb: HTTPVerb, _ path: String, _ parameters: RequestParameters) throws -> HTTPClientRequest {
        var url = configuration.endpoint + path
        var body: Data?
        if verb.usesQueryString {
            let query = parameters.queryString
            if !query.isEmpty { url += "?" + query }
        } else {
            do { body = try parameters.jsonBody() } catch {
                throw SeamAPIError(
                    kind: .invalidConfiguration, message: "The request parameters could not be encoded.",
                    endpoint: path, baseURL: configuration.endpoint)
            }
        }
        var request = HTTPClientRequest(url: url)
        request.method = HTTPMethod(rawValue: verb.rawValue)
        request.headers.add(name: "authorization", value: configuration.credential.authorizationHeader)
        if let workspace = configuration.credential.workspaceHeader {
            request.headers.add(name: "seam-workspace", value: workspace)
        }
        request.headers.add(name: "seam-sdk-name", value: SeamClient.sdkName)
        request.headers.add(name: "seam-sdk-version", value: configuration.sdkVersion)
        request.headers.add(name: "user-agent", value: "\(SeamClient.sdkName)/\(configuration.sdkVersion)")
        request.headers.add(name: "accept", value: "application/json")
        if let body {
            request.headers.add(name: "content-type", value: "application/json")
            request.body = .bytes(ByteBuffer(bytes: body))
        }
        return request
    }

    // MARK: Error mapping

    private var secret: String {
        switch configuration.credential {
        case .apiKey(let key): key
        case .personalAccessToken(let token, _): token
        }
    }

    private func untrusted(_ text: String, limit: Int = 500) -> String {
        Sanitized.text(Sanitized.redacting(secret, in: text), limit: limit)
    }

    func mapHTTPError(
        status: Int, body: Data, requestId: String?, path: String, parameters: RequestParameters
    ) -> SeamAPIError {
        let envelope = try? JSONDecoder().decode(ErrorEnvelope.self, from: body)
        let type = envelope?.error?.type.map { untrusted($0, limit: 100) }
        let message = envelope?.error?.message.map { untrusted($0) }
            ?? HTTPResponseStatus(statusCode: status).reasonPhrase
        var error = SeamAPIError(
            kind: .api, type: type, message: message, status: status,
            requestId: requestId.map { untrusted($0, limit: 100) }, endpoint: path,
            baseURL: configuration.endpoint, credentialSource: configuration.credentialSource,
            credentialKind: configuration.credential.kind,
            data: envelope?.error?.data.map { Sanitized.redacting(secret, in: $0) })
        switch status {
        case 401:
            error.kind = .unauthorized
        case 404:
            error.kind = .notFound
            error.resourceId = Self.resourceId(forErrorType: type, in: parameters, path: path)
        case 429:
            error.kind = .rateLimited
        default:
            if type == "invalid_input" {
                error.kind = .invalidInput
                let flattened = ErrorEnvelope.flattenValidationErrors(envelope?.error?.validationErrors)
                error.validationErrors = Dictionary(
                    flattened.map { (untrusted($0.key, limit: 200), $0.value.map { untrusted($0, limit: 300) }) },
                    uniquingKeysWith: +)
            }
        }
        return error
    }

    /// The id the request named for the resource that was not found (`acs_user_not_found` →
    /// the `acs_user_id` parameter), else the only `*_id` parameter of the request.
    static func resourceId(forErrorType type: String?, in parameters: RequestParameters, path: String) -> String? {
        if let type, type.hasSuffix("_not_found") {
            let key = String(type.dropLast("_not_found".count)) + "_id"
            if case .string(let id)? = parameters[key] { return id }
        }
        let ids = parameters.values.filter { $0.key.hasSuffix("_id") }
        if ids.count == 1, case .string(let id) = ids.first!.value { return id }
        return nil
    }

    func mapTransportError(_ error: any Error, path: String) -> SeamAPIError {
        let base = SeamAPIError(
            kind: .unreachable, message: "connection failed", endpoint: path, baseURL: configuration.endpoint,
            credentialSource: configuration.credentialSource, credentialKind: configuration.credential.kind)
        if let seamError = error as? SeamAPIError { return seamError }
        var mapped = base
        if error is DeadlineExceeded {
            mapped.kind = .timeout
            mapped.message = "no complete answer within \(configuration.timeout)"
            return mapped
        }
        if let httpError = error as? HTTPClientError {
            switch httpError {
            case .deadlineExceeded, .readTimeout, .connectTimeout, .getConnectionFromPoolTimeout,
                 .tlsHandshakeTimeout:
                mapped.kind = .timeout
                mapped.message = "no answer within \(configuration.timeout)"
            case .cancelled:
                mapped.message = "the request was cancelled"
            case .remoteConnectionClosed:
                mapped.message = "the connection was closed"
            default:
                mapped.message = untrusted(String(describing: httpError), limit: 200)
            }
            return mapped
        }
        let text = String(describing: error).lowercased()
        if text.contains("refused") {
            mapped.message = "connection refused"
        } else if text.contains("resolve") || text.contains("dns") || text.contains("host") {
            mapped.message = "host name not found"
        } else if text.contains("ssl") || text.contains("tls") || text.contains("certificate") {
            mapped.message = "secure connection failed"
        }
        return mapped
    }

    private func invalidResponse(_ path: String, _ message: String) -> SeamAPIError {
        SeamAPIError(kind: .invalidResponse, message: message, endpoint: path, baseURL: configuration.endpoint)
    }

    private static func describe(_ error: DecodingError) -> String {
        func pathText(_ path: [any CodingKey]) -> String {
            path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
        }
        switch error {
        case .keyNotFound(let key, let context):
            return "missing \"\(key.stringValue)\" at \(pathText(context.codingPath))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return "unexpected value at \(pathText(context.codingPath)): \(context.debugDescription)"
        @unknown default:
            return "undecodable response"
        }
    }
}

extension TimeAmount {
    init(_ duration: Duration) {
        let (seconds, attoseconds) = duration.components
        self = .nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }
}
