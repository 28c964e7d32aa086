/// Resources of several kinds in one answer (`batch`), as the `get_related` routes return them.
/// Kinds this client has no model for (spaces, devices…) are skipped; absent kinds are empty.
public struct ResourceBatch: Codable, Sendable, Equatable {
    public var accessGrants: [AccessGrant]
    public var accessMethods: [AccessMethod]
    public var acsSystems: [AcsSystem]
    public var acsEntrances: [AcsEntrance]
    public var acsUsers: [AcsUser]
    public var acsCredentials: [AcsCredential]
    public var userIdentities: [UserIdentity]
    public var connectedAccounts: [ConnectedAccount]

    /// A kind of resource to include in or exclude from a `get_related` answer. Each route accepts
    /// its own set (see `AccessGrants.getRelated` and `AccessMethods.getRelated`).
    public struct Kind: OpenEnum, ExpressibleByStringLiteral {
        public let rawValue: String

        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        public static let accessGrants: Self = "access_grants"
        public static let accessMethods: Self = "access_methods"
        public static let acsSystems: Self = "acs_systems"
        public static let acsEntrances: Self = "acs_entrances"
        public static let acsAccessGroups: Self = "acs_access_groups"
        public static let acsCredentials: Self = "acs_credentials"
        public static let userIdentities: Self = "user_identities"
        public static let connectedAccounts: Self = "connected_accounts"
        public static let spaces: Self = "spaces"
        public static let devices: Self = "devices"
        public static let instantKeys: Self = "instant_keys"
        public static let clientSessions: Self = "client_sessions"
    }

    public init(
        accessGrants: [AccessGrant] = [], accessMethods: [AccessMethod] = [], acsSystems: [AcsSystem] = [],
        acsEntrances: [AcsEntrance] = [], acsUsers: [AcsUser] = [], acsCredentials: [AcsCredential] = [],
        userIdentities: [UserIdentity] = [], connectedAccounts: [ConnectedAccount] = []
    ) {
        self.accessGrants = accessGrants
        self.accessMethods = accessMethods
        self.acsSystems = acsSystems
        self.acsEntrances = acsEntrances
        self.acsUsers = acsUsers
        self.acsCredentials = acsCredentials
        self.userIdentities = userIdentities
        self.connectedAccounts = connectedAccounts
    }

    enum CodingKeys: String, CodingKey {
        case accessGrants = "access_grants", accessMethods = "access_methods", acsSystems = "acs_systems"
        case acsEntrances = "acs_entrances", acsUsers = "acs_users", acsCredentials = "acs_credentials"
        case userIdentities = "user_identities", connectedAccounts = "connected_accounts"
    }
}
