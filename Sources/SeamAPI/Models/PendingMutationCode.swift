/// `mutation_code` of `pending_mutations[]`: what Seam is still pushing to the provider. Open: a
/// code Seam adds later is kept as it came.
public struct PendingMutationCode: OpenEnum, ExpressibleByStringLiteral {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    // acs_user
    public static let creating: Self = "creating"
    public static let deleting: Self = "deleting"
    /// Creation waits for `scheduledAt`.
    public static let deferringCreation: Self = "deferring_creation"
    public static let updatingUserInformation: Self = "updating_user_information"
    public static let updatingAccessSchedule: Self = "updating_access_schedule"
    public static let updatingSuspensionState: Self = "updating_suspension_state"
    public static let updatingGroupMembership: Self = "updating_group_membership"
    public static let deferringGroupMembershipUpdate: Self = "deferring_group_membership_update"
    public static let updatingCredentialAssignment: Self = "updating_credential_assignment"
    // access_grant
    public static let updatingSpaces: Self = "updating_spaces"
    // access_grant, access_method
    public static let updatingAccessTimes: Self = "updating_access_times"
    // access_method
    public static let provisioningAccess: Self = "provisioning_access"
    public static let revokingAccess: Self = "revoking_access"
}
