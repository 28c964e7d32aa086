/// One person on the staff roster of a service configuration (`[staff.LOGIN]`), which a front
/// desk uses so that keydesk, not the person, decides what they may do: which profiles they may
/// use, which buildings they may see and change, and whether they may only look. Only read when
/// keydesk runs as the service account through sudo (see `ServiceInvocation`).
public struct StaffMember: Sendable, Equatable {
    /// The login sudo reports (`SUDO_USER`, checked against the password database).
    public var login: String
    /// The profiles they may use; the first is the one they get without `--profile`.
    public var profiles: [String]
    /// The ACS systems they may reach, each by name or `acs_system_id`; nil for every one the
    /// profile's key reaches.
    public var buildings: [String]?
    public var readOnly: Bool

    public init(login: String, profiles: [String], buildings: [String]? = nil, readOnly: Bool = false) {
        self.login = login
        self.profiles = profiles
        self.buildings = buildings
        self.readOnly = readOnly
    }

    /// The keys a `[staff.LOGIN]` table may hold.
    public static let knownKeys = ["profiles", "buildings", "read_only"]
}
