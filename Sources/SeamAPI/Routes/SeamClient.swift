import AsyncHTTPClient

/// The typed async Seam API client every pane, wizard and command shares. Routes are grouped as
/// the official SDKs group them: `client.acs.users.list()`, `client.userIdentities.create(…)`.
/// Every method throws `SeamAPIError` (or `CancellationError` when its task is cancelled).
public final class SeamClient: Sendable {
    /// The `seam-sdk-name` header value.
    public static let sdkName = "keydesk/swift"
    /// The `seam-sdk-version` header value.
    public static let sdkVersion = "0.1.0"

    public let configuration: SeamConfiguration
    let transport: SeamTransport

    /// A client over the shared HTTP client (no redirects, fail-fast connections).
    public init(configuration: SeamConfiguration) {
        self.configuration = configuration
        self.transport = SeamTransport(configuration: configuration, httpClient: SharedHTTPClient.client)
    }

    /// A client over a caller-owned `HTTPClient` (the caller shuts it down).
    public init(configuration: SeamConfiguration, httpClient: HTTPClient) {
        self.configuration = configuration
        self.transport = SeamTransport(configuration: configuration, httpClient: httpClient)
    }

    /// Shorthand for `SeamClient(configuration: SeamConfiguration(apiKey:endpoint:))`.
    public convenience init(apiKey: String, endpoint: String = SeamConfiguration.defaultEndpoint) throws {
        self.init(configuration: try SeamConfiguration(apiKey: apiKey, endpoint: endpoint))
    }

    /// `/acs/*`: systems, users, entrances, credentials.
    public var acs: Acs { Acs(transport: transport) }
    /// `/user_identities/*`, with `.enrollmentAutomations`.
    public var userIdentities: UserIdentities { UserIdentities(transport: transport) }
    /// `/events/*`.
    public var events: Events { Events(transport: transport) }
    /// `/action_attempts/*` and the wait helper.
    public var actionAttempts: ActionAttempts { ActionAttempts(transport: transport) }
    /// `/workspaces/*`.
    public var workspaces: Workspaces { Workspaces(transport: transport) }
    /// `/connected_accounts/*`.
    public var connectedAccounts: ConnectedAccounts { ConnectedAccounts(transport: transport) }
    /// `/phones/*`, with `.simulate`.
    public var phones: Phones { Phones(transport: transport) }
    /// `/access_grants/*`.
    public var accessGrants: AccessGrants { AccessGrants(transport: transport) }
    /// `/access_methods/*`.
    public var accessMethods: AccessMethods { AccessMethods(transport: transport) }

    /// The `/acs` route group.
    public struct Acs: Sendable {
        let transport: SeamTransport
        public var systems: AcsSystems { AcsSystems(transport: transport) }
        public var users: AcsUsers { AcsUsers(transport: transport) }
        public var entrances: AcsEntrances { AcsEntrances(transport: transport) }
        public var credentials: AcsCredentials { AcsCredentials(transport: transport) }
    }
}
