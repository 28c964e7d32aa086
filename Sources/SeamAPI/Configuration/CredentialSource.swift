/// Where the credential came from, so that a 401 can tell staff which key to fix.
public enum CredentialSource: Sendable, Equatable, CustomStringConvertible {
    /// A command-line option, e.g. `--api-key`.
    case option(String)
    /// An environment variable, e.g. `SEAM_API_KEY`.
    case environment(String)
    /// A saved profile (name, and the file it lives in when known).
    case profile(name: String, path: String?)
    /// Passed in by code (tests, the embedded sandbox).
    case code

    public var description: String {
        switch self {
        case .option(let name): "the \(name) option"
        case .environment(let name): "the \(name) environment variable"
        case .profile(let name, let path?): "profile \"\(name)\" (\(path))"
        case .profile(let name, nil): "profile \"\(name)\""
        case .code: "the key keydesk was started with"
        }
    }
}
