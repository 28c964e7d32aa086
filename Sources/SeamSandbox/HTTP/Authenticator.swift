import Foundation
import HTTPTypes

/// Checks a request's credentials the way Seam does (seam-api.md §1.3): the workspace API key,
/// or a personal access token (`seam_at…`) together with `seam-workspace: <workspace_id>`.
/// A known token without that header reaches only the workspace-agnostic routes.
struct Authenticator: Sendable {
    static let workspaceHeader = HTTPField.Name("seam-workspace")!
    /// Routes a personal access token may call without naming a workspace.
    static let workspaceAgnosticPaths: Set<String> = ["/workspaces/list", "/workspaces/list/"]

    let apiKey: String
    let personalAccessToken: String
    let workspaceID: String

    static let accessTokenNotFound = SeamError(status: 401, type: "unauthorized", message: "Access token not found")

    func authenticate(_ headers: HTTPFields, path: String) throws {
        guard let header = headers[.authorization] else {
            throw SeamError(status: 401, type: "unauthorized", message: "Missing Authorization header; send Authorization: Bearer <api key>")
        }
        let prefix = "Bearer "
        guard header.utf8.count > prefix.utf8.count, header.prefix(prefix.count).lowercased() == "bearer " else {
            throw SeamError(status: 401, type: "unauthorized", message: "The Authorization header must be Bearer <api key>")
        }
        let token = header.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces)
        if token == apiKey { return }
        guard token.hasPrefix("seam_at") else { throw SeamError.unauthorized }
        guard token == personalAccessToken else { throw Self.accessTokenNotFound }
        guard let workspace = headers[Self.workspaceHeader]?.trimmingCharacters(in: .whitespaces), !workspace.isEmpty else {
            if Self.workspaceAgnosticPaths.contains(path) { return }
            throw SeamError(status: 401, type: "unauthorized",
                            message: "Missing seam-workspace header: a personal access token must name its workspace with seam-workspace: <workspace_id>")
        }
        guard workspace == workspaceID else { throw Self.accessTokenNotFound }
    }
}
