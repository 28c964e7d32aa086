import ConsoleCore

/// A saved connection in config.toml (`[profiles.NAME]`): which Seam endpoint, which key (or
/// the command that prints it), which workspace, and whether staff using it may only look.
public struct Profile: Sendable, Equatable {
    public var name: String
    public var endpoint: String?
    public var apiKey: APIKey?
    public var apiKeyCommand: String?
    public var workspaceID: String?
    public var readOnly: Bool
    /// `activity_interval`: seconds between two asks for new events while the console runs;
    /// 0 turns following off; nil keeps the default (`ActivityFeed.defaultInterval`).
    public var activityInterval: Int?
    /// `issue_with`: how the wizard issues a key; nil keeps the default (ACS credentials).
    public var issueWith: IssuePath?

    public init(
        name: String,
        endpoint: String? = nil,
        apiKey: APIKey? = nil,
        apiKeyCommand: String? = nil,
        workspaceID: String? = nil,
        readOnly: Bool = false,
        activityInterval: Int? = nil,
        issueWith: IssuePath? = nil
    ) {
        self.name = name
        self.endpoint = endpoint
        self.apiKey = apiKey
        self.apiKeyCommand = apiKeyCommand
        self.workspaceID = workspaceID
        self.readOnly = readOnly
        self.activityInterval = activityInterval
        self.issueWith = issueWith
    }

    /// The keys a `[profiles.NAME]` table may hold.
    public static let knownKeys = ["endpoint", "api_key", "api_key_command", "workspace_id", "read_only", "activity_interval", "issue_with"]

    /// The longest `activity_interval` accepted, in seconds (an hour: slower is not "live").
    public static let longestActivityInterval = 3600

    /// How the wizard issues a key with this profile.
    public var issuePath: IssuePath { issueWith ?? .acsCredentials }

    /// How often the console asks for new events with this profile; nil: not at all.
    public var activityFollowing: Duration? {
        guard let seconds = activityInterval else { return ActivityFeed.defaultInterval }
        return seconds == 0 ? nil : .seconds(seconds)
    }
}
