/// Why the configuration could not be used, worded so the person at the keyboard can fix it:
/// it names the file, line, profile or command involved, and never contains an API key.
public struct ConfigError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, for callers (and tests) that react differently per case.
    public enum Kind: Sendable, Equatable {
        case unreadable
        case syntax
        case unknownKeys
        case invalidValue
        case insecurePermissions
        /// The config file is a symbolic link (never followed).
        case symbolicLink
        /// The config file or its directory belongs to another account.
        case untrustedOwner
        case unknownProfile
        case keyCommandFailed
        case missingKey
        case invalidEndpoint
        /// A profile's key would go to an endpoint other than its profile's.
        case keyBoundToEndpoint
        case writeFailed
        /// Under sudo as the service account: a flag or option the staff member may not choose.
        case refusedForStaff
        /// Under sudo as the service account: the staff member is not on the roster (or there is none).
        case notOnStaffRoster
    }

    public let kind: Kind
    public let message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}
