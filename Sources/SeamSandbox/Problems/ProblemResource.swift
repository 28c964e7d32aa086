/// The kinds of resource that carry `errors` and `warnings` the sandbox can store, with the
/// names Seam gives them: the id parameter, the answer key and the route family.
enum ProblemResource: String, Sendable, CaseIterable {
    case acsSystem = "acs_system"
    case acsUser = "acs_user"
    case acsEntrance = "acs_entrance"
    case acsCredential = "acs_credential"
    case userIdentity = "user_identity"
    case connectedAccount = "connected_account"
    case accessGrant = "access_grant"
    case accessMethod = "access_method"

    /// `acs_user_id`, the parameter naming one.
    var idParameter: String {
        switch self {
        case .connectedAccount: "connected_account_id"
        default: rawValue + "_id"
        }
    }

    /// `/acs/users`: the family its routes live under.
    var routePrefix: String {
        switch self {
        case .acsSystem: "/acs/systems"
        case .acsUser: "/acs/users"
        case .acsEntrance: "/acs/entrances"
        case .acsCredential: "/acs/credentials"
        case .userIdentity: "/user_identities"
        case .connectedAccount: "/connected_accounts"
        case .accessGrant: "/access_grants"
        case .accessMethod: "/access_methods"
        }
    }

    var table: ResourceTable {
        switch self {
        case .acsSystem: .systems
        case .acsUser: .users
        case .acsEntrance: .entrances
        case .acsCredential: .credentials
        case .userIdentity: .identities
        case .connectedAccount: .connectedAccounts
        case .accessGrant: .accessGrants
        case .accessMethod: .accessMethods
        }
    }
}
