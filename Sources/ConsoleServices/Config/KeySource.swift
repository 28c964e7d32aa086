/// Where the API key in use came from, shown by `keydesk info` and in errors instead of the key.
public enum KeySource: Sendable, Equatable, CustomStringConvertible {
    case flag
    case environment
    /// `SEAM_PERSONAL_ACCESS_TOKEN` (with `SEAM_WORKSPACE_ID`).
    case environmentToken
    case profile(name: String, file: String)
    case profileCommand(name: String)

    public var description: String {
        switch self {
        case .flag: "--api-key flag"
        case .environment: "SEAM_API_KEY environment variable"
        case .environmentToken: "SEAM_PERSONAL_ACCESS_TOKEN environment variable"
        case .profile(let name, let file): "profile '\(name)' in \(file)"
        case .profileCommand(let name): "api_key_command of profile '\(name)'"
        }
    }

    /// Whether the key comes from a profile, and so belongs to that profile's endpoint.
    public var isFromProfile: Bool {
        switch self {
        case .profile, .profileCommand: true
        case .flag, .environment, .environmentToken: false
        }
    }
}
