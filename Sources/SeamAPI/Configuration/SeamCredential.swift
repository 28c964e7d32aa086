/// The bearer credential of a client: a workspace API key, or a personal access token plus the
/// workspace it acts in. `description` never shows the secret.
public enum SeamCredential: Sendable, Equatable, CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable
{
    case apiKey(String)
    case personalAccessToken(String, workspaceId: String)

    /// Checks the prefixes the official SDKs check before any request (reference §1.3, §5.1).
    public static func validateAPIKey(_ key: String) throws(SeamConfigurationError) {
        if key.isEmpty { throw .init(.missingCredential) }
        if key.hasPrefix("seam_at") { throw .init(.apiKeyIsPersonalAccessToken) }
        if key.hasPrefix("seam_cst") { throw .init(.apiKeyIsClientSessionToken) }
        if key.hasPrefix("seam_pk") { throw .init(.apiKeyIsPublishableKey) }
        if key.hasPrefix("ey") { throw .init(.apiKeyIsConsoleSession) }
        if !key.hasPrefix("seam_") { throw .init(.apiKeyPrefix) }
    }

    /// A personal access token must start `seam_at` and comes with a workspace id.
    public static func validatePersonalAccessToken(_ token: String, workspaceId: String)
        throws(SeamConfigurationError)
    {
        if token.isEmpty { throw .init(.missingCredential) }
        if !token.hasPrefix("seam_at") { throw .init(.personalAccessTokenPrefix) }
        if workspaceId.isEmpty { throw .init(.missingWorkspaceId) }
    }

    /// The value of the `Authorization` header.
    var authorizationHeader: String {
        switch self {
        case .apiKey(let key): "Bearer \(key)"
        case .personalAccessToken(let token, _): "Bearer \(token)"
        }
    }

    /// The `seam-workspace` header a PAT needs.
    var workspaceHeader: String? {
        if case .personalAccessToken(_, let workspaceId) = self { return workspaceId }
        return nil
    }

    /// "API key" or "personal access token": the kind, never the secret.
    public var kind: String {
        switch self {
        case .apiKey: "API key"
        case .personalAccessToken: "personal access token"
        }
    }

    public var description: String {
        switch self {
        case .apiKey: "API key (hidden)"
        case .personalAccessToken(_, let workspaceId): "personal access token (hidden) for workspace \(workspaceId)"
        }
    }

    public var debugDescription: String { description }

    /// Keeps `dump` and `print` of containing values from showing the secret.
    public var customMirror: Mirror { Mirror(self, children: ["kind": kind]) }
}
