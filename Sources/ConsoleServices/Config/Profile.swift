/// A saved connection in config.toml (`[profiles.NAME]`): which Seam endpoint, which key (or
/// the command that prints it), which workspace, and whether staff using it may only look.
public struct Profile: Sendable, Equatable {
    public var name: String
    public var endpoint: String?
    public var apiKey: APIKey?
    public var apiKeyCommand: String?
    public var workspaceID: String?
    public var readOnly: Bool

    public init(
        name: String,
        endpoint: String? = nil,
        apiKey: APIKey? = nil,
        apiKeyCommand: String? = nil,
        workspaceID: String? = nil,
        readOnly: Bool = false
    ) {
        self.name = name
        self.endpoint = endpoint
        self.apiKey = apiKey
        self.apiKeyCommand = apiKeyCommand
        self.workspaceID = workspaceID
        self.readOnly = readOnly
    }

    /// The keys a `[profiles.NAME]` table may hold.
    public static let knownKeys = ["endpoint", "api_key", "api_key_command", "workspace_id", "read_only"]
}
