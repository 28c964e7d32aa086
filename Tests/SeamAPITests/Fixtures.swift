import Foundation

/// JSON bodies shaped like the examples of the Seam docs (reference §3), with keys this client
/// does not know, all three timestamp precisions, and errors/warnings on resources.
enum Fixtures {
    static let credential = #"""
    {
      "acs_credential_id": "3a5e9a4e-1111-4f0a-9d55-0a1b2c3d4e5f",
      "acs_system_id": "sys-1",
      "acs_user_id": "user-1",
      "workspace_id": "ws-1",
      "connected_account_id": "ca-1",
      "created_at": "2025-06-15T16:54:17.946425Z",
      "display_name": "Front Door",
      "access_method": "mobile_key",
      "code": "1234567",
      "starts_at": "2026-01-01T10:40:00Z",
      "ends_at": "2026-02-01T10:40:00.000Z",
      "external_type": "latch_access",
      "external_type_display_name": "Latch Access",
      "is_issued": false,
      "issued_at": null,
      "is_managed": true,
      "is_multi_phone_sync_credential": true,
      "is_latest_desired_state_synced_with_provider": null,
      "errors": [],
      "warnings": [
        {"warning_code": "waiting_to_be_issued", "message": "Waiting to be issued", "created_at": "2025-06-15T16:54:18.072Z"},
        {"warning_code": "requested_code_unavailable", "message": "Code taken", "created_at": "2025-06-15T16:54:18Z",
         "original_code": "1111111", "new_code": "2222222"}
      ],
      "visionline_metadata": {"card_function_type": "guest"},
      "brand_new_key_from_2027": {"nested": [1, 2, 3]}
    }
    """#

    static let userWithIssues = #"""
    {
      "acs_user_id": "user-9", "acs_system_id": "sys-1", "workspace_id": "ws-1", "connected_account_id": "ca-1",
      "created_at": "2025-06-15T16:54:17.072Z", "display_name": "Ada Resident", "full_name": "Ada Resident",
      "email_address": "ada@example.com", "is_managed": true, "is_suspended": true,
      "external_type": "latch_user", "last_successful_sync_at": null,
      "access_schedule": {"starts_at": "2025-06-15T00:00:00Z", "ends_at": null},
      "errors": [{"error_code": "latch_conflict_with_resident_user", "message": "Exists in Mission Control",
                  "created_at": "2025-06-15T16:54:17Z"}],
      "warnings": [{"warning_code": "latch_resident_user", "message": "Managed in Mission Control",
                    "created_at": "2025-06-15T16:54:17.946425Z"}],
      "pending_mutations": [{"mutation_code": "updating_user_information", "message": "Updating",
                             "created_at": "2025-06-15T16:54:17Z", "from": {"full_name": "A"}, "to": {"full_name": "Ada"}}]
    }
    """#

    /// Only the keys the spec requires for a user; errors/warnings absent altogether.
    static let minimalUser = #"""
    {"acs_user_id": "user-2", "acs_system_id": "sys-1", "workspace_id": "ws-1",
     "created_at": "2025-06-15T16:54:17Z", "display_name": "Bo"}
    """#

    static let entrance = #"""
    {"acs_entrance_id": "ent-1", "acs_system_id": "sys-1", "connected_account_id": "ca-1",
     "created_at": "2025-06-15T16:54:17Z", "display_name": "Lobby", "space_ids": [],
     "can_unlock_with_mobile_key": true, "can_unlock_with_code": true,
     "latch_metadata": {"accessibility_type": "common_area", "door_name": "Lobby", "door_type": "building_entrance",
                        "is_connected": true, "firmware": "9.1"},
     "errors": [], "warnings": [{"warning_code": "privacy_mode", "message": "Privacy mode is on"}]}
    """#

    static let system = #"""
    {"acs_system_id": "sys-1", "name": "12 Elm Street", "created_at": "2025-06-15T16:54:17.946Z",
     "workspace_id": "ws-1", "connected_account_id": "ca-1", "connected_account_ids": ["ca-1"],
     "external_type": "latch_building", "external_type_display_name": "Latch Building",
     "is_credential_manager": false, "location": {"time_zone": "America/New_York"},
     "image_url": "https://example.com/latch.png", "image_alt_text": "Latch",
     "errors": [{"error_code": "bridge_disconnected", "message": "Bridge offline", "created_at": "2025-06-15T16:54:17Z",
                 "is_bridge_error": true}],
     "warnings": []}
    """#

    static let identity = #"""
    {"user_identity_id": "ui-1", "workspace_id": "ws-1", "created_at": "2025-06-15T16:54:17Z",
     "display_name": "Ada Resident", "full_name": "Ada Resident", "email_address": "ada@example.com",
     "phone_number": null, "user_identity_key": null, "acs_user_ids": ["user-9"],
     "merged_user_identity_ids": [], "merged_user_identity_keys": [],
     "errors": [{"error_code": "issue_with_acs_user", "message": "User problem", "created_at": "2025-06-15T16:54:17Z",
                 "acs_user_id": "user-9", "acs_system_id": "sys-1"}],
     "warnings": []}
    """#

    static let events = #"""
    [{"event_id": "ev-1", "event_type": "acs_credential.issued", "workspace_id": "ws-1",
      "created_at": "2025-06-15T16:54:17.946425Z", "occurred_at": "2025-06-15T16:54:17Z",
      "acs_system_id": "sys-1", "acs_credential_id": "cred-1", "connected_account_id": "ca-1"},
     {"event_id": "ev-2", "event_type": "thermostat.temperature_reached_set_point", "workspace_id": "ws-1",
      "created_at": "2025-06-15T16:54:17Z", "occurred_at": "2025-06-15T16:54:17Z", "device_id": "dev-1",
      "temperature_celsius": 21.5}]
    """#

    static let workspace = #"""
    {"workspace_id": "ws-1", "name": "Training", "company_name": "Elm Properties", "connect_partner_name": null,
     "organization_id": null, "is_sandbox": true, "is_suspended": false, "is_publishable_key_auth_enabled": false,
     "connect_webview_customization": {"primary_button_color": "#000000"}}
    """#

    static let enrollmentAutomation = #"""
    {"enrollment_automation_id": "ea-1", "user_identity_id": "ui-1", "credential_manager_acs_system_id": "cm-1",
     "workspace_id": "ws-1", "created_at": "2025-06-15T16:54:17.072Z"}
    """#

    static func actionAttempt(status: String, error: String = "null", result: String = "null") -> String {
        #"{"action_attempt_id": "aa-1", "action_type": "UNLOCK_DOOR", "status": "\#(status)", "result": \#(result), "error": \#(error)}"#
    }

    /// A list response of `count` credentials, as the benchmark and decoding tests use.
    static func credentialPage(count: Int) -> Data {
        var items: [String] = []
        items.reserveCapacity(count)
        for index in 0..<count {
            items.append(credential.replacingOccurrences(
                of: "3a5e9a4e-1111-4f0a-9d55-0a1b2c3d4e5f", with: "cred-\(index)"))
        }
        let body = #"{"acs_credentials": ["# + items.joined(separator: ",")
            + #"], "pagination": {"has_next_page": true, "next_page_cursor": "abc", "next_page_url": null}, "ok": true}"#
        return Data(body.utf8)
    }
}
