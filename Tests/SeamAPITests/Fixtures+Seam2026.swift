import Foundation

/// Bodies of the resources Seam added or grew since the 2024 guide, shaped as Seam's OpenAPI
/// schemas describe them: Access Grants and their access methods, connected accounts, phones, a
/// `batch`; with unknown keys and unknown codes, as real answers carry them.
extension Fixtures {
    /// `{"<key>": <value>, "ok": true}`, as every route answers.
    static func envelope(_ key: String, _ value: String, pagination: String? = nil) -> String {
        #"{"\#(key)": \#(value), "#
            + (pagination.map { #""pagination": \#($0), "# } ?? "") + #""ok": true}"#
    }

    static let accessGrant = #"""
    {
      "access_grant_id": "7c1e4b2a-5d3f-4e8a-9b6c-1a2b3c4d5e6f",
      "workspace_id": "ws-1",
      "user_identity_id": "ui-1",
      "access_grant_key": "lease-4b-2026",
      "name": null,
      "display_name": "Grace Tenant: Lobby, Apt 4B",
      "display_status": "Upcoming",
      "created_at": "2026-03-01T09:00:00.123456Z",
      "starts_at": "2026-03-02T00:00:00Z",
      "ends_at": null,
      "location_ids": [],
      "space_ids": ["sp-1"],
      "access_method_ids": ["am-1", "am-2"],
      "requested_access_methods": [
        {"mode": "mobile_key", "display_name": "Mobile key", "created_at": "2026-03-01T09:00:00.123Z",
         "created_access_method_ids": ["am-1"], "instant_key_max_use_count": 1},
        {"mode": "code", "display_name": "PIN code", "created_at": "2026-03-01T09:00:00Z",
         "created_access_method_ids": ["am-2"], "code": "482193"}
      ],
      "instant_key_url": "https://ik.seam.co/abc",
      "client_session_token": "seam_cst1_not_for_display",
      "errors": [{"error_code": "cannot_create_requested_access_methods", "message": "One door has no reader",
                  "created_at": "2026-03-01T09:00:01Z", "missing_device_ids": ["dev-9"]}],
      "warnings": [
        {"warning_code": "updating_access_times", "message": "Updating access times", "created_at": "2026-03-01T09:00:01Z",
         "access_method_ids": ["am-1"]},
        {"warning_code": "requested_code_unavailable", "message": "482193 was taken", "created_at": "2026-03-01T09:00:01Z",
         "device_id": "dev-2", "original_code": "111111", "new_code": "482193"}
      ],
      "pending_mutations": [
        {"mutation_code": "updating_access_times", "message": "Pushing new times", "created_at": "2026-03-01T09:00:02Z",
         "access_method_ids": ["am-1"], "from": {"starts_at": "2026-03-01T00:00:00Z", "ends_at": null},
         "to": {"starts_at": "2026-03-02T00:00:00Z", "ends_at": null}},
        {"mutation_code": "rehoming_spaces", "message": "A code from the future", "created_at": "2026-03-01T09:00:02Z"}
      ],
      "customization_profile_id": "cp-1"
    }
    """#

    static let mobileKeyMethod = #"""
    {"access_method_id": "am-1", "workspace_id": "ws-1", "display_name": "Mobile key", "mode": "mobile_key",
     "display_status": "Issued", "created_at": "2026-03-01T09:00:00Z", "is_issued": true,
     "issued_at": "2026-03-01T09:00:05.5Z", "instant_key_url": "https://ik.seam.co/abc",
     "errors": [], "warnings": [], "pending_mutations": [], "client_session_token": "seam_cst1_not_for_display"}
    """#

    static let pendingCodeMethod = #"""
    {"access_method_id": "am-2", "workspace_id": "ws-1", "display_name": "PIN code", "mode": "code",
     "display_status": "Setting code on the lock", "created_at": "2026-03-01T09:00:00Z", "is_issued": false,
     "issued_at": null, "code": "482193",
     "errors": [],
     "warnings": [{"warning_code": "delay_in_issuing", "message": "The lock is slow to answer", "created_at": "2026-03-01T09:10:00Z"},
                  {"warning_code": "battery_low_on_reader", "message": "Reader battery at 5%", "created_at": "2026-03-01T09:10:00Z"}],
     "pending_mutations": [{"mutation_code": "provisioning_access", "message": "Provisioning", "created_at": "2026-03-01T09:00:00Z",
                            "from": {}, "to": {"device_ids": ["dev-2"]}}]}
    """#

    static let connectedAccount = #"""
    {"connected_account_id": "ca-1", "created_at": "2025-01-10T12:00:00Z", "account_type": "latch",
     "account_type_display_name": "Latch", "display_name": "Elm Properties (Latch)",
     "image_url": "https://connect.getseam.com/assets/images/logos/latch_logo_square.png",
     "user_identifier": {"email": "ops@elm.example", "exclusive": true},
     "accepted_capabilities": ["access_control"], "automatically_manage_new_devices": true,
     "custom_metadata": {"region": "north", "pilot": true},
     "errors": [{"error_code": "account_disconnected", "message": "Sign in to Latch again",
                 "created_at": "2026-02-01T08:00:00Z", "is_connected_account_error": true, "is_bridge_error": false}],
     "warnings": [{"warning_code": "scheduled_maintenance_window", "message": "Latch maintenance Sunday 02:00",
                   "created_at": "2026-02-01T08:00:00Z"}]}
    """#

    static let phone = #"""
    {"device_id": "ph-1", "workspace_id": "ws-1", "created_at": "2026-03-01T10:00:00.000Z",
     "display_name": "Grace's iPhone", "nickname": "Grace's iPhone", "device_type": "ios_phone",
     "custom_metadata": {}, "errors": [], "warnings": [],
     "properties": {"assa_abloy_credential_service_metadata": {"has_active_endpoint": true,
                    "endpoints": [{"endpoint_id": "ep-1", "is_active": true}]}},
     "capabilities_supported": ["phone"]}
    """#

    static var batch: String {
        #"{"access_grants": [\#(accessGrant)], "access_methods": [\#(mobileKeyMethod), \#(pendingCodeMethod)],"#
            + #" "acs_entrances": [\#(entrance)], "acs_systems": [\#(system)], "user_identities": [\#(identity)],"#
            + #" "spaces": [{"space_id": "sp-1", "name": "Apt 4B"}], "devices": []}"#
    }

    /// A list body of `count` credentials in which the one at `oddIndex` has dates no parser reads.
    static func credentialPage(count: Int, oddIndex: Int) -> Data {
        var items: [String] = []
        for index in 0..<count {
            var item = credential.replacingOccurrences(
                of: "3a5e9a4e-1111-4f0a-9d55-0a1b2c3d4e5f", with: "cred-\(index)")
            if index == oddIndex {
                item = item.replacingOccurrences(of: #""2026-01-01T10:40:00Z""#, with: #""next Tuesday""#)
                    .replacingOccurrences(of: #""2026-02-01T10:40:00.000Z""#, with: "20260201")
            }
            items.append(item)
        }
        return Data(envelope("acs_credentials", "[" + items.joined(separator: ",") + "]",
                             pagination: #"{"has_next_page": false, "next_page_cursor": null, "next_page_url": null}"#).utf8)
    }
}
