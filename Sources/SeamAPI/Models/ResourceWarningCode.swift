/// `warning_code` of a resource's `warnings[]`. Open: a code Seam adds later is kept as it came.
/// The named ones are the spec's codes for the resources this client reads, except
/// brand-specific ones of other brands.
public struct ResourceWarningCode: OpenEnum, ExpressibleByStringLiteral {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    // Several resources: on its way out.
    public static let beingDeleted: Self = "being_deleted"
    // acs_system, connected_account
    public static let setupRequired: Self = "setup_required"
    // acs_system
    public static let timeZoneDoesNotMatchLocation: Self = "time_zone_does_not_match_location"
    public static let unknownIssueWithAcsSystem: Self = "unknown_issue_with_acs_system"
    // acs_user
    public static let acsUserInactive: Self = "acs_user_inactive"
    public static let unknownIssueWithAcsUser: Self = "unknown_issue_with_acs_user"
    public static let latchResidentUser: Self = "latch_resident_user"
    // acs_entrance
    public static let entranceSetupRequired: Self = "entrance_setup_required"
    public static let entranceSharesZone: Self = "entrance_shares_zone"
    public static let privacyMode: Self = "privacy_mode"
    // acs_credential
    public static let waitingToBeIssued: Self = "waiting_to_be_issued"
    public static let scheduleExternallyModified: Self = "schedule_externally_modified"
    public static let scheduleModified: Self = "schedule_modified"
    public static let needsToBeReissued: Self = "needs_to_be_reissued"
    public static let unknownIssueWithAcsCredential: Self = "unknown_issue_with_acs_credential"
    // acs_credential, access_grant: carries `originalCode` and `newCode`.
    public static let requestedCodeUnavailable: Self = "requested_code_unavailable"
    // user_identity
    public static let acsUserProfileDoesNotMatchUserIdentity: Self = "acs_user_profile_does_not_match_user_identity"
    // connected_account
    public static let accountReauthorizationRequested: Self = "account_reauthorization_requested"
    public static let scheduledMaintenanceWindow: Self = "scheduled_maintenance_window"
    public static let providerServiceUnavailable: Self = "provider_service_unavailable"
    public static let unknownIssueWithConnectedAccount: Self = "unknown_issue_with_connected_account"
    // access_grant
    public static let underprovisionedAccess: Self = "underprovisioned_access"
    public static let overprovisionedAccess: Self = "overprovisioned_access"
    public static let deviceDoesNotSupportAccessCodes: Self = "device_does_not_support_access_codes"
    public static let deviceTimeConstraintsViolated: Self = "device_time_constraints_violated"
    // access_grant (carries `accessMethodIds`), access_method
    public static let updatingAccessTimes: Self = "updating_access_times"
    // access_method
    public static let delayInIssuing: Self = "delay_in_issuing"
    public static let pulledBackupAccessCode: Self = "pulled_backup_access_code"
}
