/// Why a configuration was refused before any request was sent. Never contains the key itself.
public struct SeamConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong.
    public enum Reason: Sendable, Equatable {
        case missingCredential
        case apiKeyPrefix
        case apiKeyIsPersonalAccessToken
        case apiKeyIsClientSessionToken
        case apiKeyIsPublishableKey
        case apiKeyIsConsoleSession
        case personalAccessTokenPrefix
        case missingWorkspaceId
        case bothCredentialsInEnvironment
        case invalidEndpoint(String)
    }

    public var reason: Reason
    /// Where the offending value came from, when known.
    public var source: CredentialSource?

    public init(_ reason: Reason, source: CredentialSource? = nil) {
        self.reason = reason
        self.source = source
    }

    public var description: String {
        let from = source.map { " (from \($0))" } ?? ""
        switch reason {
        case .missingCredential:
            return "No Seam API key was given\(from). Set SEAM_API_KEY, pass --api-key, or pick a profile."
        case .apiKeyPrefix:
            return "The Seam API key\(from) is not valid: API keys start with \"seam_\". Copy the key again from the Seam Console."
        case .apiKeyIsPersonalAccessToken:
            return "The value given as API key\(from) is a personal access token (\"seam_at…\"). Use it as a personal access token together with a workspace id."
        case .apiKeyIsClientSessionToken:
            return "The value given as API key\(from) is a client session token (\"seam_cst…\"), which keydesk cannot use. Use a workspace API key."
        case .apiKeyIsPublishableKey:
            return "The value given as API key\(from) is a publishable key (\"seam_pk…\"), which keydesk cannot use. Use a workspace API key."
        case .apiKeyIsConsoleSession:
            return "The value given as API key\(from) looks like a Seam Console session token. Use a workspace API key."
        case .personalAccessTokenPrefix:
            return "The personal access token\(from) is not valid: personal access tokens start with \"seam_at\"."
        case .missingWorkspaceId:
            return "A personal access token\(from) needs a workspace id (SEAM_WORKSPACE_ID)."
        case .bothCredentialsInEnvironment:
            return "Both SEAM_API_KEY and SEAM_PERSONAL_ACCESS_TOKEN are set; unset one of them."
        case .invalidEndpoint(let endpoint):
            return "The Seam endpoint \"\(endpoint.prefix(200))\"\(from) is not an http(s) URL."
        }
    }
}
