import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import NIOHTTP1
import SeamSandbox
import Testing

/// One HTTP answer, with the JSON body decoded by Foundation.
struct Reply {
    var status: Int
    var headers: HTTPHeaders
    var body: String
    var json: [String: Any]

    var ok: Bool { json["ok"] as? Bool == true }
    var errorType: String? { (json["error"] as? [String: Any])?["type"] as? String }
    var errorMessage: String? { (json["error"] as? [String: Any])?["message"] as? String }
    var validationErrors: [String: Any]? { (json["error"] as? [String: Any])?["validation_errors"] as? [String: Any] }
    func object(_ key: String) -> [String: Any] { json[key] as? [String: Any] ?? [:] }
    func list(_ key: String) -> [[String: Any]] { json[key] as? [[String: Any]] ?? [] }
}

/// How a test sends parameters: POST + JSON for every route (2024 SDKs) or the semantic verb
/// with a query string or JSON body (SDK 3.x).
enum CallStyle: CaseIterable, Sendable {
    case postJSON, semantic
}

/// A sandbox started in memory on a free loopback port, with an HTTP client for tests.
final class TestSandbox: Sendable {
    let sandbox: RunningSandbox
    var baseURL: String { sandbox.baseURL }
    var apiKey: String { sandbox.apiKey }

    init(_ sandbox: RunningSandbox) { self.sandbox = sandbox }

    static let testOptions = SandboxOptions(host: "127.0.0.1", port: 0, storage: .inMemory, seed: .demo, issueDelay: .zero)

    /// Raw request; `body` is sent as is with `contentType`.
    func send(_ method: HTTPMethod, _ path: String, query: [(String, String)] = [], body: [UInt8]? = nil,
              contentType: String? = "application/json", authorization: String? = nil,
              headers extra: [(String, String)] = []) async throws -> Reply {
        var url = baseURL + path
        if !query.isEmpty {
            url += "?" + query.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        }
        var request = HTTPClientRequest(url: url)
        request.method = method
        request.headers.add(name: "Authorization", value: authorization ?? "Bearer \(apiKey)")
        for (name, value) in extra { request.headers.add(name: name, value: value) }
        if let body {
            if let contentType { request.headers.add(name: "Content-Type", value: contentType) }
            request.body = .bytes(ByteBuffer(bytes: body))
        }
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(30))
        let buffer = try await response.body.collect(upTo: 64 * 1024 * 1024)
        let text = String(buffer: buffer)
        let json = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:]
        return Reply(status: Int(response.status.code), headers: response.headers, body: text, json: json)
    }

    /// POST with a JSON body.
    func post(_ path: String, _ params: [String: Any] = [:]) async throws -> Reply {
        try await send(.POST, path, body: Array(try JSONSerialization.data(withJSONObject: params, options: [.sortedKeys])))
    }

    /// The route's semantic verb: GET/DELETE carry a query string, PATCH/PUT a JSON body.
    func semantic(_ method: HTTPMethod, _ path: String, _ params: [String: Any] = [:]) async throws -> Reply {
        switch method {
        case .GET, .DELETE:
            return try await send(method, path, query: Self.queryPairs(params))
        default:
            return try await send(method, path, body: Array(try JSONSerialization.data(withJSONObject: params, options: [.sortedKeys])))
        }
    }

    /// Calls `path` in the given style; `verb` is the semantic verb of the route.
    func call(_ style: CallStyle, _ verb: HTTPMethod, _ path: String, _ params: [String: Any] = [:]) async throws -> Reply {
        switch style {
        case .postJSON: try await post(path, params)
        case .semantic: try await semantic(verb, path, params)
        }
    }

    /// The Python SDK's query encoding: sorted keys, repeated keys for arrays, `_strict=true`.
    static func queryPairs(_ params: [String: Any]) -> [(String, String)] {
        var pairs: [(String, String)] = []
        for key in params.keys.sorted() {
            switch params[key]! {
            case let list as [String]:
                if list.isEmpty { pairs.append((key, "")) }
                for item in list { pairs.append((key, item)) }
            case let flag as Bool: pairs.append((key, flag ? "true" : "false"))
            case let object as [String: Any]:
                for (inner, value) in object.sorted(by: { $0.key < $1.key }) { pairs.append(("\(key).\(inner)", "\(value)")) }
            case is NSNull: pairs.append((key, ""))
            case let value: pairs.append((key, "\(value)"))
            }
        }
        if !pairs.isEmpty { pairs.append(("_strict", "true")) }
        return pairs
    }

    static func encode(_ s: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "*-._")
        return s.addingPercentEncoding(withAllowedCharacters: allowed) ?? s
    }

    // MARK: demo fixtures

    func buildings() async throws -> [[String: Any]] {
        try await post("/acs/systems/list").list("acs_systems").filter { $0["is_credential_manager"] as? Bool == false }
    }

    func building(_ name: String = "Maple Court") async throws -> String {
        let match = try await buildings().first { $0["name"] as? String == name }
        return try #require(match?["acs_system_id"] as? String)
    }

    func entrances(of systemID: String) async throws -> [[String: Any]] {
        try await post("/acs/entrances/list", ["acs_system_id": systemID]).list("acs_entrances")
    }

    func entranceIDs(of systemID: String) async throws -> [String] {
        try await entrances(of: systemID).compactMap { $0["acs_entrance_id"] as? String }
    }

    /// A fresh identity with an ACS user in the building; returns (identity id, user id).
    func newResident(in systemID: String, name: String = "Test Resident") async throws -> (String, String) {
        let suffix = UUID().uuidString.prefix(8).lowercased()
        let identity = try await post("/user_identities/create", ["email_address": "r\(suffix)@example.com", "full_name": name])
        let identityID = try #require(identity.object("user_identity")["user_identity_id"] as? String, "\(identity.body)")
        let user = try await post("/acs/users/create", ["acs_system_id": systemID, "full_name": name, "user_identity_id": identityID,
                                                        "email_address": "r\(suffix)@example.com"])
        let userID = try #require(user.object("acs_user")["acs_user_id"] as? String, "\(user.body)")
        return (identityID, userID)
    }

    static let future = "2031-01-01T00:00:00.000Z"
    static let soon = "2030-06-01T00:00:00.000Z"
}

/// Starts a test sandbox, runs `body`, and always shuts it down.
func withSandbox<T>(_ options: SandboxOptions = TestSandbox.testOptions, logger: Logger = Logger(label: "keydesk.sandbox"),
                    _ body: (TestSandbox) async throws -> T) async throws -> T {
    let running = try await Sandbox.start(options, logger: logger)
    let sandbox = TestSandbox(running)
    do {
        let result = try await body(sandbox)
        try await running.shutdown()
        return result
    } catch {
        try? await running.shutdown()
        throw error
    }
}

/// Polls `condition` until it holds or `timeout` passes.
func eventually(timeout: Duration = .seconds(20), _ condition: () async throws -> Bool) async throws -> Bool {
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
        if try await condition() { return true }
        try await Task.sleep(for: .milliseconds(20))
    }
    return try await condition()
}
