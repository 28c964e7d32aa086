/// What the status bar says about where keydesk is connected, and whether it may change data.
public struct ConnectionInfo: Sendable, Equatable {
    /// "SANDBOX" for the embedded sandbox, otherwise the endpoint's host.
    public let label: String
    public let isSandbox: Bool
    public let readOnly: Bool
    /// The profile in use, if any.
    public let profile: String?
    /// How the wizard issues a key (the profile's `issue_with`).
    public let issuePath: IssuePath

    public init(label: String, isSandbox: Bool, readOnly: Bool = false, profile: String? = nil, issuePath: IssuePath = .acsCredentials) {
        self.label = label
        self.isSandbox = isSandbox
        self.readOnly = readOnly
        self.profile = profile
        self.issuePath = issuePath
    }
}
