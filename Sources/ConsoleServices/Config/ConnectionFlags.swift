/// The command-line flags that choose what the console connects to, as parsed by the
/// executable (`--endpoint`, `--api-key`, `--profile`, `--read-only`).
public struct ConnectionFlags: Sendable, Equatable {
    public var endpoint: String?
    public var apiKey: String?
    public var profile: String?
    public var readOnly: Bool

    public init(endpoint: String? = nil, apiKey: String? = nil, profile: String? = nil, readOnly: Bool = false) {
        self.endpoint = endpoint
        self.apiKey = apiKey
        self.profile = profile
        self.readOnly = readOnly
    }
}
