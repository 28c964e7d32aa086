/// `error_code` of a resource's `errors[]`. Open: a code Seam adds later is kept as it came
/// (compare with a literal, or show `rawValue` next to the message). The named ones are the
/// spec's codes for the resources this client reads, except brand-specific ones of other brands.
public struct ResourceErrorCode: OpenEnum, ExpressibleByStringLiteral {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    // acs_system, connected_account
    public static let accountDisconnected: Self = "account_disconnected"
    public static let bridgeDisconnected: Self = "bridge_disconnected"
    // acs_system
    public static let seamBridgeDisconnected: Self = "seam_bridge_disconnected"
    public static let acsSystemDisconnected: Self = "acs_system_disconnected"
    public static let insufficientPermissions: Self = "insufficient_permissions"
    public static let providerServiceUnavailable: Self = "provider_service_unavailable"
    // acs_user
    public static let deletedExternally: Self = "deleted_externally"
    public static let failedToCreateOnAcsSystem: Self = "failed_to_create_on_acs_system"
    public static let failedToUpdateOnAcsSystem: Self = "failed_to_update_on_acs_system"
    public static let failedToDeleteOnAcsSystem: Self = "failed_to_delete_on_acs_system"
    public static let latchConflictWithResidentUser: Self = "latch_conflict_with_resident_user"
    // user_identity
    public static let issueWithAcsUser: Self = "issue_with_acs_user"
    // access_grant
    public static let cannotCreateRequestedAccessMethods: Self = "cannot_create_requested_access_methods"
    // access_method
    public static let failedToIssue: Self = "failed_to_issue"
}
