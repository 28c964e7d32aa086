import ConsoleCore

/// Everything the console needs to talk to a Seam endpoint, resolved from flags, environment
/// and profile. Its `description` masks the key, so it is safe to log or show.
public struct ConnectionSettings: Sendable, Equatable, CustomStringConvertible {
    /// Used when neither flag, environment nor profile names an endpoint.
    public static let defaultEndpoint = "https://connect.getseam.com"

    public var endpoint: String
    public var apiKey: APIKey
    public var workspaceID: String?
    public var readOnly: Bool
    /// The profile in use (named with `--profile` or `default_profile`), if any.
    public var profileName: String?
    public var keySource: KeySource
    /// How often the console asks for new events (the profile's `activity_interval`); nil: never.
    public var activityInterval: Duration?
    /// How the wizard issues a key (the profile's `issue_with`).
    public var issuePath: IssuePath

    public init(
        endpoint: String,
        apiKey: APIKey,
        workspaceID: String? = nil,
        readOnly: Bool = false,
        profileName: String? = nil,
        keySource: KeySource,
        activityInterval: Duration? = ActivityFeed.defaultInterval,
        issuePath: IssuePath = .acsCredentials
    ) {
        self.endpoint = endpoint
        self.apiKey = apiKey
        self.workspaceID = workspaceID
        self.readOnly = readOnly
        self.profileName = profileName
        self.keySource = keySource
        self.activityInterval = activityInterval
        self.issuePath = issuePath
    }

    public var description: String {
        var parts = ["endpoint \(endpoint)", "api key \(apiKey) from \(keySource)"]
        if let profileName { parts.insert("profile '\(profileName)'", at: 0) }
        if let workspaceID { parts.append("workspace \(workspaceID)") }
        if readOnly { parts.append("read-only") }
        return parts.joined(separator: ", ")
    }
}

/// What the console connects to: a configured Seam endpoint, or (when nothing is configured)
/// its built-in sandbox, which keydesk starts in process.
public enum ConsoleConnection: Sendable, Equatable, CustomStringConvertible {
    case remote(ConnectionSettings)
    case embeddedSandbox(readOnly: Bool)

    public var isReadOnly: Bool {
        switch self {
        case .remote(let settings): settings.readOnly
        case .embeddedSandbox(let readOnly): readOnly
        }
    }

    /// How often the console asks for new events (the embedded sandbox has no profile: the default).
    public var activityInterval: Duration? {
        switch self {
        case .remote(let settings): settings.activityInterval
        case .embeddedSandbox: ActivityFeed.defaultInterval
        }
    }

    public var description: String {
        switch self {
        case .remote(let settings): settings.description
        case .embeddedSandbox(let readOnly): "embedded sandbox" + (readOnly ? ", read-only" : "")
        }
    }
}
