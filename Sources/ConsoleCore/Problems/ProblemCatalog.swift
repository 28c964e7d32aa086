import Foundation

/// What keydesk says about each error and warning code of Seam's OpenAPI for the resources a
/// front desk sees: a few words for a cell and what staff can do. One table, so the Users pane,
/// the detail and the problems view always agree.
public enum ProblemCatalog {
    /// Words and advice by code. A code may appear on several resources with one meaning.
    static let entries: [String: (words: String, advice: String)] = [
        // The building's connection (acs_system, connected_account)
        "account_disconnected": ("login disconnected", "The building's Latch login is disconnected: reconnect it in Seam."),
        "acs_system_disconnected": ("system disconnected", "The building's access system is offline: check it with the building's Latch admin."),
        "seam_bridge_disconnected": ("bridge offline", "The Seam Bridge at the building is offline: check its power and network."),
        "bridge_disconnected": ("bridge offline", "The Seam Bridge at the building is offline: check its power and network."),
        "provider_service_unavailable": ("Latch unavailable", "Latch's service is not answering: wait, and tell Seam support if it lasts."),
        "insufficient_permissions": ("missing permissions", "The Latch account Seam uses lacks permissions: ask the building's Latch admin."),
        "setup_required": ("setup required", "Finish the building's setup in Seam's console."),
        "time_zone_does_not_match_location": ("time zone mismatch", "The building's time zone disagrees with its address: fix it in Seam, then check key times."),
        "unknown_issue_with_acs_system": ("unknown issue", "Seam reports an issue it cannot name: tell Seam support."),
        "account_reauthorization_requested": ("login to renew", "Log in to the building's Latch account again in Seam."),
        "scheduled_maintenance_window": ("maintenance", "Latch has scheduled maintenance: changes may wait until it ends."),
        "unknown_issue_with_connected_account": ("unknown issue", "Seam reports an issue it cannot name: tell Seam support."),
        // Residents (acs_user, user_identity)
        "failed_to_create_on_acs_system": ("failed to create", "The building did not accept this user: check the details, then delete and add them again."),
        "failed_to_update_on_acs_system": ("failed to update", "The building did not accept the last change: make it again or ask Seam support."),
        "failed_to_delete_on_acs_system": ("failed to delete", "The building did not delete this user: delete them again or ask Seam support."),
        "deleted_externally": ("deleted elsewhere", "Someone deleted this user outside Seam: add them again if they still live here."),
        "latch_conflict_with_resident_user": ("conflicts with resident", "Latch already has this person as a resident: manage them in Latch's own app."),
        "latch_resident_user": ("Mission Control resident", "Latch manages this resident (Mission Control/DOOR): change their access there, not here."),
        "acs_user_inactive": ("inactive", "The building marks this user inactive: they cannot open doors until reactivated."),
        "unknown_issue_with_acs_user": ("unknown issue", "Seam reports an issue it cannot name: tell Seam support."),
        "issue_with_acs_user": ("user has a problem", "One of this person's building users has a problem: open the Users pane."),
        "acs_user_profile_does_not_match_user_identity": ("profile mismatch", "The building's user and the identity differ (name, email): make them agree."),
        // Doors (acs_entrance)
        "entrance_setup_required": ("door needs setup", "The door is not set up in Latch yet: finish its setup before giving keys for it."),
        "entrance_shares_zone": ("shares a zone", "This door shares a zone with others: a key for one opens them all."),
        "privacy_mode": ("privacy mode", "The door is in privacy mode: keys will not open it until it is turned off."),
        // Keys (acs_credential, access_method)
        "waiting_to_be_issued": ("issuing", "The building has not confirmed the key yet; it will update by itself."),
        "needs_to_be_reissued": ("reissue needed", "This key must be issued again: revoke it and issue a new one."),
        "schedule_externally_modified": ("dates changed elsewhere", "Someone changed the key's dates outside Seam: check them."),
        "schedule_modified": ("dates adjusted", "The building adjusted the key's dates: check they are still right."),
        "requested_code_unavailable": ("PIN taken", "The PIN asked for was taken, so another was made: tell the resident the new one."),
        "unknown_issue_with_acs_credential": ("unknown issue", "Seam reports an issue it cannot name: tell Seam support."),
        "failed_to_issue": ("failed to issue", "The key could not be issued: revoke it and try again."),
        "delay_in_issuing": ("slow to issue", "Issuing takes longer than usual; it will update by itself."),
        // Changes under way (several resources)
        "being_deleted": ("being deleted", "Seam is deleting it; it will disappear by itself."),
        "updating_access_times": ("updating dates", "New dates are on their way to the building."),
        // Access grants
        "cannot_create_requested_access_methods": ("cannot make keys", "Seam could not make the keys asked for: check the doors and methods, then try again."),
        "underprovisioned_access": ("less access than asked", "Some doors could not be given: check which ones the grant opens."),
        "overprovisioned_access": ("more access than asked", "The grant opens more doors than asked (shared zones): check it is acceptable."),
    ]

    /// The problem for a code; an unknown code reads as itself, with Seam's message.
    public static func describe(code: String, severity: Problem.Severity, message: String) -> Problem {
        if let entry = entries[code] {
            return Problem(code: code, severity: severity, words: entry.words, message: message, advice: entry.advice)
        }
        return Problem(code: code, severity: severity, words: code.replacingOccurrences(of: "_", with: " "), message: message,
                       advice: "Seam reports “\(code)”; see its message.")
    }
}
