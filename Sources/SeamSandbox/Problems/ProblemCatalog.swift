/// The error and warning codes the sandbox can put on each kind of resource (seeded, injected
/// with `--inject-problem` or the `…/simulate/add_problem` routes), each with Seam's wording.
/// Only codes the spec lists for that resource and whose entry needs nothing beyond `created_at`,
/// `message` and the code; codes the sandbox derives from its own state (`being_deleted`,
/// `waiting_to_be_issued`, `latch_resident_user`, `delay_in_issuing`…) are not injectable.
enum ProblemCatalog {
    /// One code a kind of resource can carry, and whether Seam lists it as an error or a warning.
    struct Entry: Sendable {
        var code: String
        var isError: Bool
        var message: String
    }

    static func entry(_ resource: ProblemResource, _ code: String) -> Entry? {
        entries(resource).first { $0.code == code }
    }

    static func entries(_ resource: ProblemResource) -> [Entry] {
        switch resource {
        case .acsSystem: [
            error("account_disconnected", "The Latch account this building comes from is disconnected; reconnect it in a Connect Webview."),
            error("acs_system_disconnected", "Seam cannot reach the building's access system."),
            error("bridge_disconnected", "Seam cannot communicate with Seam Bridge."),
            error("seam_bridge_disconnected", "Seam cannot communicate with Seam Bridge."),
            error("insufficient_permissions", "Seam's integration user lacks the permissions it needs on this building."),
            error("provider_service_unavailable", "Latch's service is temporarily unavailable."),
            warning("setup_required", "The building needs more setup before it is fully operational."),
            warning("time_zone_does_not_match_location", "The building's time zone does not match its location."),
            warning("unknown_issue_with_acs_system", "Seam met an unexpected issue while syncing this building."),
        ]
        case .acsUser: [
            error("failed_to_create_on_acs_system", "The user was not created on the access system."),
            error("failed_to_update_on_acs_system", "The user was not updated on the access system."),
            error("failed_to_delete_on_acs_system", "The user was not deleted on the access system."),
            error("deleted_externally", "The user was deleted from the access system outside of Seam."),
            error("latch_conflict_with_resident_user", "The user was created from the Seam API but also exists in Mission Control."),
            warning("acs_user_inactive", "The user exists but cannot get in at the moment."),
            warning("unknown_issue_with_acs_user", "Seam met an unexpected issue while syncing this user."),
        ]
        case .acsEntrance: [
            warning("entrance_setup_required", "The entrance needs setup on the access system before it can be used."),
            warning("entrance_shares_zone", "The entrance shares a zone with other entrances."),
            warning("privacy_mode", "The entrance is in privacy mode."),
        ]
        case .acsCredential: [
            warning("needs_to_be_reissued", "Access permissions for the credential have changed; reissue it."),
            warning("schedule_modified", "The credential's schedule was modified to avoid a start date in the past."),
            warning("schedule_externally_modified", "The schedule of one of the credential's children was modified externally."),
            warning("unknown_issue_with_acs_credential", "Seam met an unexpected issue while syncing this credential."),
        ]
        case .userIdentity: [
            warning("acs_user_profile_does_not_match_user_identity", "An ACS user linked to this identity has other contact details."),
        ]
        case .connectedAccount: [
            error("account_disconnected", "The account is disconnected; reconnect it in a Connect Webview."),
            error("bridge_disconnected", "Seam cannot communicate with Seam Bridge."),
            warning("account_reauthorization_requested", "The account needs to be authorized again in a new Connect Webview."),
            warning("scheduled_maintenance_window", "Scheduled downtime is planned for the account."),
            warning("provider_service_unavailable", "Latch's service is temporarily unavailable."),
            warning("setup_required", "The account needs more setup before it is fully operational."),
            warning("unknown_issue_with_connected_account", "Seam met an unexpected issue while syncing this account."),
        ]
        case .accessGrant: [
            error("cannot_create_requested_access_methods", "Seam could not create one or more of the requested access methods."),
            warning("overprovisioned_access", "The grant has access to places it should not; those access methods are being removed."),
        ]
        case .accessMethod: [
            error("failed_to_issue", "Seam could not issue this access method before its grant started."),
            warning("pulled_backup_access_code", "A backup access code was used to provide access in time."),
        ]
        }
    }

    private static func error(_ code: String, _ message: String) -> Entry { Entry(code: code, isError: true, message: message) }
    private static func warning(_ code: String, _ message: String) -> Entry { Entry(code: code, isError: false, message: message) }
}
