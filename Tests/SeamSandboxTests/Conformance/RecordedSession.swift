import Foundation
import NIOHTTP1
import Testing

/// Calls routes of a test sandbox, requires each answer to be a 200, and keeps every answer
/// (path, method, JSON body) for `OpenAPIValidationTests` to check against Seam's spec.
final class RecordedSession {
    /// One 200 answer as the validator reads it.
    struct Exchange {
        var path: String
        var method: String
        var body: Any
    }

    let sandbox: TestSandbox
    private(set) var exchanges: [Exchange] = []

    init(_ sandbox: TestSandbox) { self.sandbox = sandbox }

    /// Calls `path` in `style` (`verb` being its semantic verb) and records the 200 answer.
    @discardableResult
    func call(_ verb: HTTPMethod, _ path: String, _ params: [String: Any] = [:], style: CallStyle = .semantic,
              sourceLocation: SourceLocation = #_sourceLocation) async throws -> Reply {
        let reply = try await sandbox.call(style, verb, path, params)
        try #require(reply.status == 200, "\(verb) \(path) answered \(reply.status): \(reply.body)", sourceLocation: sourceLocation)
        let method = style == .postJSON ? "POST" : verb.rawValue
        exchanges.append(Exchange(path: path, method: method, body: try JSONSerialization.jsonObject(with: Data(reply.body.utf8))))
        return reply
    }

    /// The paths answered with a 200 at least once.
    var answeredPaths: Set<String> { Set(exchanges.map(\.path)) }

    /// The exchanges as the validator reads them; `shapes` names the spec route whose answer a
    /// sandbox-only route shares.
    func json(shapes: [String: String]) throws -> Data {
        let list: [[String: Any]] = exchanges.map { exchange in
            var entry: [String: Any] = ["path": exchange.path, "method": exchange.method, "body": exchange.body]
            if let shape = shapes[exchange.path] { entry["shape_of"] = shape }
            return entry
        }
        return try JSONSerialization.data(withJSONObject: list)
    }
}
