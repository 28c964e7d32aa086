import Foundation
import Logging

/// Everything a `SeamClient` needs, read the way the official SDKs read it: an explicit key and
/// endpoint, or `SEAM_API_KEY` / `SEAM_PERSONAL_ACCESS_TOKEN` + `SEAM_WORKSPACE_ID` /
/// `SEAM_ENDPOINT` (legacy `SEAM_API_URL`) from the environment. Keys are checked before any request.
public struct SeamConfiguration: Sendable {
    /// Seam's production endpoint.
    public static let defaultEndpoint = "https://connect.getseam.com"

    public var credential: SeamCredential
    /// Where the credential came from (shown in 401 messages).
    public var credentialSource: CredentialSource
    /// The base URL, without a trailing slash.
    public private(set) var endpoint: String
    /// Per-request timeout (30 s, as the SDKs).
    public var timeout: Duration = .seconds(30)
    public var retryPolicy: RetryPolicy = .standard
    /// Default wait for `actionAttempts.wait(for:)` (5 s, as the SDKs).
    public var actionAttemptTimeout: Duration = .seconds(5)
    /// Default poll interval for `actionAttempts.wait(for:)` (0.5 s, as the SDKs).
    public var actionAttemptPollInterval: Duration = .milliseconds(500)
    /// Waits between retries and polls.
    public var sleeper: any SeamSleeper = ContinuousSleeper()
    /// Requests are logged at debug level (method, route, status, request id; never the key).
    public var logger = Logger(label: "keydesk.seam-api")
    /// The `seam-sdk-version` header value.
    public var sdkVersion = SeamClient.sdkVersion
    /// Checks every request and answer of the client (see `SeamRequestGate`); nil checks nothing.
    public var requestGate: (any SeamRequestGate)?

    /// A workspace API key (`seam_…`).
    public init(apiKey: String, endpoint: String = SeamConfiguration.defaultEndpoint,
                source: CredentialSource = .code) throws(SeamConfigurationError) {
        do { try SeamCredential.validateAPIKey(apiKey) } catch { throw .init(error.reason, source: source) }
        self.credential = .apiKey(apiKey)
        self.credentialSource = source
        self.endpoint = try Self.normalize(endpoint: endpoint, source: source)
    }

    /// A personal access token (`seam_at…`) acting in one workspace (`seam-workspace` header).
    public init(personalAccessToken: String, workspaceId: String,
                endpoint: String = SeamConfiguration.defaultEndpoint,
                source: CredentialSource = .code) throws(SeamConfigurationError) {
        do {
            try SeamCredential.validatePersonalAccessToken(personalAccessToken, workspaceId: workspaceId)
        } catch { throw .init(error.reason, source: source) }
        self.credential = .personalAccessToken(personalAccessToken, workspaceId: workspaceId)
        self.credentialSource = source
        self.endpoint = try Self.normalize(endpoint: endpoint, source: source)
    }

    /// Reads the environment as the SDKs do. An explicit `apiKey` (e.g. from `--api-key`, with
    /// its `apiKeySource`) or `endpoint` (e.g. from `--endpoint`) wins over the environment.
    public static func fromEnvironment(
        _ environment: [String: String] = ProcessInfo.processInfo.environment,
        apiKey: String? = nil, apiKeySource: CredentialSource = .option("--api-key"),
        endpoint: String? = nil
    ) throws(SeamConfigurationError) -> SeamConfiguration {
        func value(_ name: String) -> String? {
            guard let text = environment[name], !text.isEmpty else { return nil }
            return text
        }
        let resolvedEndpoint = endpoint ?? value("SEAM_ENDPOINT") ?? value("SEAM_API_URL") ?? defaultEndpoint
        if let apiKey {
            return try SeamConfiguration(apiKey: apiKey, endpoint: resolvedEndpoint, source: apiKeySource)
        }
        let key = value("SEAM_API_KEY")
        let token = value("SEAM_PERSONAL_ACCESS_TOKEN")
        switch (key, token) {
        case (_?, _?):
            throw .init(.bothCredentialsInEnvironment)
        case (let key?, nil):
            return try SeamConfiguration(apiKey: key, endpoint: resolvedEndpoint, source: .environment("SEAM_API_KEY"))
        case (nil, let token?):
            return try SeamConfiguration(
                personalAccessToken: token, workspaceId: value("SEAM_WORKSPACE_ID") ?? "",
                endpoint: resolvedEndpoint, source: .environment("SEAM_PERSONAL_ACCESS_TOKEN"))
        case (nil, nil):
            throw .init(.missingCredential, source: .environment("SEAM_API_KEY"))
        }
    }

    private static func normalize(endpoint: String, source: CredentialSource) throws(SeamConfigurationError)
        -> String
    {
        var text = endpoint.trimmingCharacters(in: .whitespaces)
        while text.hasSuffix("/") { text.removeLast() }
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = url.host, !host.isEmpty
        else { throw .init(.invalidEndpoint(endpoint)) }
        return text
    }
}
