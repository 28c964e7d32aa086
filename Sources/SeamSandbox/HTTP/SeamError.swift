/// An error a handler throws; the responder turns it into the Seam error envelope
/// `{"error": {type, message, ...}, "ok": false}` with `status`.
struct SeamError: Error, Sendable {
    var status: Int
    var type: String
    var message: String
    var validationErrors: JSONValue? = nil
    var data: JSONValue? = nil
    var headers: [(String, String)] = []

    var body: JSONValue {
        var error: [(String, JSONValue)] = [("type", .string(type)), ("message", .string(message))]
        if let data { error.append(("data", data)) }
        if let validationErrors { error.append(("validation_errors", validationErrors)) }
        return .object([("error", .object(error)), ("ok", .bool(false))])
    }

    /// 400 `invalid_input` with a zod-style `validation_errors` tree naming the parameter path.
    static func invalidInput(_ path: [String], _ message: String) -> SeamError {
        var tree: JSONValue = .object([("_errors", .array([.string(message)]))])
        for (depth, key) in path.enumerated().reversed() {
            _ = depth
            tree = .object([("_errors", .array([])), (key, tree)])
        }
        let name = path.joined(separator: ".")
        let text = message.hasSuffix("is required") ? message : "\(message) for \"\(name)\""
        return SeamError(status: 400, type: "invalid_input", message: text, validationErrors: tree)
    }

    static func required(_ path: String...) -> SeamError {
        invalidInput(path, "\(path.joined(separator: ".")) is required")
    }

    static func badRequest(_ type: String, _ message: String) -> SeamError {
        SeamError(status: 400, type: type, message: message)
    }

    static func notFound(_ type: String, _ message: String) -> SeamError {
        SeamError(status: 404, type: type, message: message)
    }

    static let unauthorized = SeamError(status: 401, type: "unauthorized", message: "API Key not found")
}

extension SeamError {
    /// The Seam error that answers a thrown error: a `SeamError` as it is, anything else a 500
    /// that names only the request; what went wrong (an SQLite message, a query) is for the log
    /// (`RequestLogMiddleware`), never for the client.
    static func answering(_ error: any Error, requestID: String) -> SeamError {
        if let seamError = error as? SeamError { return seamError }
        return SeamError(status: 500, type: "internal_server_error", message: "Internal error (request id \(requestID))")
    }
}
