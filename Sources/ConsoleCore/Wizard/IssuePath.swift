/// How a profile issues a resident's key (`issue_with` in config.toml): through an Access Grant
/// (Seam's recommended way: one `access_grants/create`, Seam makes the ACS user and credentials
/// behind it), or step by step through the ACS user and its credential, as the Latch guide does.
public enum IssuePath: String, Sendable, Equatable, CaseIterable {
    case acsCredentials = "acs_credentials"
    case accessGrants = "access_grants"

    /// The wizard's title and `keydesk info` say it this way.
    public var phrase: String {
        switch self {
        case .acsCredentials: "with ACS credentials"
        case .accessGrants: "through an Access Grant"
        }
    }

    /// The allowed values as config.toml writes them ("access_grants", "acs_credentials").
    public static var allowedValues: String {
        allCases.map { "\"\($0.rawValue)\"" }.sorted().joined(separator: ", ")
    }
}
