/// What the status bar says about where keydesk is connected, and whether it may change data.
public struct ConnectionInfo: Sendable, Equatable {
    /// "SANDBOX" for the embedded sandbox, otherwise the endpoint's host.
    public let label: String
    public let isSandbox: Bool
    public let readOnly: Bool
    /// The profile in use, if any.
    public let profile: String?

    public init(label: String, isSandbox: Bool, readOnly: Bool = false, profile: String? = nil) {
        self.label = label
        self.isSandbox = isSandbox
        self.readOnly = readOnly
        self.profile = profile
    }
}
