import HTTPTypes

/// Checks a request's credentials the way Seam does (spec/seam-openapi.json, its security schemes): the workspace API key,
/// or a personal access token (`seam_at…`) together with `seam-workspace: <workspace_id>`.
/// A known token without that header reaches only the workspace-agnostic routes. Keys and
/// tokens are compared in constant time (`ConstantTimeComparison`).
struct Authenticator: Sendable {
    static let workspaceHeader = HTTPField.Name("seam-workspace")!
    /// Routes (as registered) a personal access token may call without naming a workspace.
    static let workspaceAgnosticRoutes: Set<String> = ["/workspaces/list"]

    private let apiKey: [UInt8]
    private let personalAccessToken: [UInt8]
    let workspaceID: String

    init(apiKey: String, personalAccessToken: String, workspaceID: String) {
        self.apiKey = Array(apiKey.utf8)
        self.personalAccessToken = Array(personalAccessToken.utf8)
        self.workspaceID = workspaceID
    }

    static let accessTokenNotFound = SeamError(status: 401, type: "unauthorized", message: "Access token not found")

    /// Throws the Seam 401 unless the headers carry valid credentials for `route` (the matched
    /// route path, nil when the path names no route).
    func authenticate(_ headers: HTTPFields, route: String?) throws {
        guard let header = headers[.authorization] else {
            throw SeamError(status: 401, type: "unauthorized", message: "Missing Authorization header; send Authorization: Bearer <api key>")
        }
        let utf8 = header.utf8
        guard utf8.count > 7, utf8.prefix(7).elementsEqual("bearer ".utf8, by: { ($0 | 0x20) == $1 }) else {
            throw SeamError(status: 401, type: "unauthorized", message: "The Authorization header must be Bearer <api key>")
        }
        let token = Self.trimmed(header.utf8.dropFirst(7))
        if ConstantTimeComparison.equals(token.utf8, apiKey) { return }
        guard token.hasPrefix("seam_at") else { throw SeamError.unauthorized }
        guard ConstantTimeComparison.equals(token.utf8, personalAccessToken) else { throw Self.accessTokenNotFound }
        guard let workspace = headers[Self.workspaceHeader].map({ Self.trimmed($0.utf8[...]) }), !workspace.isEmpty else {
            if let route, Self.workspaceAgnosticRoutes.contains(route) { return }
            throw SeamError(status: 401, type: "unauthorized",
                            message: "Missing seam-workspace header: a personal access token must name its workspace with seam-workspace: <workspace_id>")
        }
        guard workspace == workspaceID else { throw Self.accessTokenNotFound }
    }

    /// The text without leading and trailing spaces and tabs (no Foundation on this hot path).
    static func trimmed(_ bytes: Substring.UTF8View) -> String {
        var slice = bytes
        while let first = slice.first, first == 0x20 || first == 0x09 { slice = slice.dropFirst() }
        while let last = slice.last, last == 0x20 || last == 0x09 { slice = slice.dropLast() }
        return String(Substring(slice))
    }
}
