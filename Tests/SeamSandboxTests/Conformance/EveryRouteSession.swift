import Foundation
import NIOHTTP1
import Testing

/// A session on the `demo` seed that answers every route the sandbox serves with a 200, in the
/// states worth checking: new and issued credentials, phone copies, pending deletions and
/// suspensions, every catalogued error and warning, Access Grants being set up, updated and
/// deleted. `OpenAPIValidationTests` validates what it records.
enum EveryRouteSession {
    /// Routes that never answer 200 on Latch, and why.
    static let neverSucceeds = ["/acs/entrances/grant_access": "Latch takes no direct entrance grants (LatchRules.grantAccessNotSupported)"]

    static func run(_ s: RecordedSession, issueDelay: Duration) async throws {
        let since = "2020-01-01T00:00:00.000Z"
        let systems = try await s.call(.GET, "/acs/systems/list").list("acs_systems")
        func system(_ name: String) throws -> [String: Any] { try #require(systems.first { $0["name"] as? String == name }) }
        let maple = try system("Maple Court")["acs_system_id"] as! String
        let harbor = try system("Harbor Lofts")
        try await s.call(.GET, "/acs/systems/get", ["acs_system_id": maple])
        let managers = try await s.call(.GET, "/acs/systems/list_compatible_credential_manager_acs_systems", ["acs_system_id": maple]).list("acs_systems")
        let managerID = try #require(managers.first?["acs_system_id"] as? String)

        let accounts = try await s.call(.GET, "/connected_accounts/list").list("connected_accounts")
        try await s.call(.GET, "/connected_accounts/get", ["connected_account_id": try #require(accounts.first?["connected_account_id"] as? String)])

        let entrances = try await s.call(.GET, "/acs/entrances/list", ["acs_system_id": maple]).list("acs_entrances")
        let entranceIDs = entrances.compactMap { $0["acs_entrance_id"] as? String }
        try await s.call(.GET, "/acs/entrances/get", ["acs_entrance_id": entranceIDs[0]])
        try await s.call(.GET, "/acs/entrances/list_credentials_with_access", ["acs_entrance_id": entranceIDs[0]])

        let users = try await s.call(.GET, "/acs/users/list", ["acs_system_id": maple, "limit": 30]).list("acs_users")
        try await s.call(.GET, "/acs/users/get", ["acs_user_id": try #require(users.first?["acs_user_id"] as? String)])

        let identity = try await s.call(.POST, "/user_identities/create", ["email_address": "openapi@example.com", "full_name": "Open Api"])
            .object("user_identity")["user_identity_id"] as! String
        try await s.call(.GET, "/user_identities/get", ["user_identity_id": identity])
        try await s.call(.GET, "/user_identities/list", ["limit": 5])
        try await s.call(.PATCH, "/user_identities/update", ["user_identity_id": identity, "phone_number": "+15555550123"])
        let phone = try await s.call(.POST, "/phones/simulate/create_sandbox_phone", ["user_identity_id": identity]).object("phone")["device_id"] as! String
        let user = try await s.call(.POST, "/acs/users/create", ["acs_system_id": maple, "full_name": "Open Api", "user_identity_id": identity])
            .object("acs_user")["acs_user_id"] as! String
        try await s.call(.PATCH, "/acs/users/update", ["acs_user_id": user, "full_name": "Open A. Pi",
                                                      "access_schedule": ["starts_at": "2026-01-01T00:00:00.000Z", "ends_at": TestSandbox.future]])
        try await s.call(.POST, "/acs/users/suspend", ["acs_user_id": user])
        try await s.call(.GET, "/acs/users/get", ["acs_user_id": user])
        try await s.call(.POST, "/acs/users/unsuspend", ["acs_user_id": user])
        try await s.call(.GET, "/acs/users/list_accessible_entrances", ["acs_user_id": user])

        let key = try await s.call(.POST, "/acs/credentials/create", [
            "acs_user_id": user, "access_method": "mobile_key", "is_multi_phone_sync_credential": true,
            "allowed_acs_entrance_ids": Array(entranceIDs.prefix(2)), "ends_at": TestSandbox.future,
        ]).object("acs_credential")["acs_credential_id"] as! String
        try await s.call(.GET, "/acs/credentials/get", ["acs_credential_id": key])
        try await s.call(.GET, "/acs/credentials/list", ["acs_user_id": user])
        try await s.call(.GET, "/acs/credentials/list_accessible_entrances", ["acs_credential_id": key])
        try await s.call(.PATCH, "/acs/credentials/update", ["acs_credential_id": key, "ends_at": TestSandbox.soon])
        try await s.call(.GET, "/phones/list", ["owner_user_identity_id": identity])
        try await s.call(.GET, "/phones/list", ["acs_credential_id": key])
        try await s.call(.GET, "/phones/get", ["device_id": phone])
        let pin = try await s.call(.POST, "/acs/credentials/create", [
            "acs_user_id": user, "access_method": "code", "allowed_acs_entrance_ids": [entranceIDs[0]],
        ]).object("acs_credential")["acs_credential_id"] as! String
        try await s.call(.PATCH, "/acs/credentials/unassign", ["acs_credential_id": pin, "acs_user_id": user])
        try await s.call(.PATCH, "/acs/credentials/assign", ["acs_credential_id": pin, "acs_user_id": user])
        let unlock = try await s.call(.POST, "/acs/entrances/unlock", ["acs_entrance_id": entranceIDs[0], "acs_credential_id": pin])
        let attempt = unlock.object("action_attempt")["action_attempt_id"] as! String
        try await s.call(.GET, "/action_attempts/get", ["action_attempt_id": attempt])
        try await s.call(.GET, "/action_attempts/list", ["action_attempt_ids": [attempt]])

        let loose = try await s.call(.POST, "/acs/users/create", ["acs_system_id": harbor["acs_system_id"] as! String, "full_name": "Loose User"])
            .object("acs_user")["acs_user_id"] as! String
        try await s.call(.PUT, "/user_identities/add_acs_user", ["user_identity_id": identity, "acs_user_id": loose])
        try await s.call(.GET, "/user_identities/list_acs_users", ["user_identity_id": identity])
        try await s.call(.GET, "/user_identities/list_acs_systems", ["user_identity_id": identity])
        try await s.call(.GET, "/user_identities/list_accessible_entrances", ["user_identity_id": identity])
        try await s.call(.DELETE, "/user_identities/remove_acs_user", ["user_identity_id": identity, "acs_user_id": loose])

        let automation = try await s.call(.POST, "/user_identities/enrollment_automations/launch", [
            "user_identity_id": identity, "credential_manager_acs_system_id": managerID, "create_credential_manager_user": true,
        ]).object("enrollment_automation")["enrollment_automation_id"] as! String
        try await s.call(.GET, "/user_identities/enrollment_automations/get", ["enrollment_automation_id": automation])
        try await s.call(.GET, "/user_identities/enrollment_automations/list", ["user_identity_id": identity])
        try await s.call(.DELETE, "/user_identities/enrollment_automations/delete", ["enrollment_automation_id": automation])

        let grant = try await s.call(.POST, "/access_grants/create", [
            "user_identity": ["email_address": "grantee@example.com", "full_name": "Grace Grantee", "phone_number": "+15555550188"],
            "acs_entrance_ids": Array(entranceIDs.prefix(2)), "ends_at": TestSandbox.future, "access_grant_key": "openapi-grant",
            "requested_access_methods": [["mode": "mobile_key"], ["mode": "code"], ["mode": "card"]], "name": "Open API lease",
        ]).object("access_grant")
        let grantID = grant["access_grant_id"] as! String
        try await s.call(.GET, "/access_grants/get", ["access_grant_id": grantID])
        try await s.call(.GET, "/access_grants/list", ["acs_system_id": maple])
        let methods = try await s.call(.GET, "/access_methods/list", ["access_grant_id": grantID]).list("access_methods")
        let methodIDs = methods.compactMap { $0["access_method_id"] as? String }
        try await s.call(.GET, "/access_methods/get", ["access_method_id": methodIDs[0]])
        try await s.call(.GET, "/access_methods/get_related", ["access_method_ids": methodIDs])
        try await s.call(.GET, "/access_grants/get_related", ["access_grant_ids": [grantID]])
        try await s.call(.POST, "/access_grants/request_access_methods", ["access_grant_id": grantID, "requested_access_methods": [["mode": "code"]]])
        try await s.call(.PATCH, "/access_grants/update", ["access_grant_id": grantID, "ends_at": TestSandbox.soon])
        try await s.call(.GET, "/access_grants/get", ["access_grant_id": grantID])
        try await s.call(.GET, "/access_methods/get", ["access_method_id": methodIDs[0]])

        // Every catalogued problem on one resource of each kind, then cleared.
        let targets: [(family: String, idKey: String, id: String)] = [
            ("/acs/systems", "acs_system_id", maple), ("/acs/users", "acs_user_id", user), ("/acs/entrances", "acs_entrance_id", entranceIDs[1]),
            ("/acs/credentials", "acs_credential_id", key), ("/user_identities", "user_identity_id", identity),
            ("/connected_accounts", "connected_account_id", harbor["connected_account_id"] as! String),
            ("/access_grants", "access_grant_id", grantID), ("/access_methods", "access_method_id", methodIDs[0]),
        ]
        for target in targets {
            for code in try await catalog(s.sandbox, family: target.family, idKey: target.idKey, id: target.id) {
                try await s.call(.POST, "\(target.family)/simulate/add_problem", [target.idKey: target.id, "code": code])
            }
            try await s.call(.POST, "\(target.family)/simulate/clear_problems", [target.idKey: target.id])
        }
        try await s.call(.POST, "/connected_accounts/simulate/disconnect", ["connected_account_id": harbor["connected_account_id"] as! String])
        try await s.call(.GET, "/acs/systems/get", ["acs_system_id": harbor["acs_system_id"] as! String])

        // Deletions, read while pending, then applied.
        try await s.call(.DELETE, "/access_methods/delete", ["access_method_id": methodIDs[0]])
        try await s.call(.GET, "/access_methods/get", ["access_method_id": methodIDs[0]])
        try await s.call(.DELETE, "/access_grants/delete", ["access_grant_id": grantID])
        try await s.call(.GET, "/access_grants/get", ["access_grant_id": grantID])
        try await s.call(.POST, "/acs/users/revoke_access_to_all_entrances", ["acs_user_id": user])
        try await s.call(.DELETE, "/acs/credentials/delete", ["acs_credential_id": pin])
        try await s.call(.GET, "/acs/credentials/get", ["acs_credential_id": key])
        try await s.call(.DELETE, "/phones/deactivate", ["device_id": phone])
        try await s.call(.DELETE, "/acs/users/delete", ["acs_user_id": user])
        try await s.call(.GET, "/acs/users/get", ["acs_user_id": user])
        try await Task.sleep(for: issueDelay + .milliseconds(300))
        let events = try await s.call(.GET, "/events/list", ["since": since, "limit": 1000]).list("events")
        try await s.call(.GET, "/events/get", ["event_id": try #require(events.first?["event_id"] as? String)])
        try await s.call(.DELETE, "/user_identities/delete", ["user_identity_id": identity])
        try await s.call(.GET, "/workspaces/get")
        try await s.call(.GET, "/workspaces/list")
        // The other verb style on a few routes.
        try await s.call(.GET, "/acs/credentials/list", ["acs_system_id": maple, "limit": 50], style: .postJSON)
        try await s.call(.GET, "/access_grants/list", [:], style: .postJSON)
    }

    /// The codes the sandbox catalogues for a kind, read from its refusal of an unknown code.
    static func catalog(_ sandbox: TestSandbox, family: String, idKey: String, id: String) async throws -> [String] {
        let refusal = try await sandbox.post("\(family)/simulate/add_problem", [idKey: id, "code": "no_such_problem"])
        let message = try #require(refusal.errorMessage, "\(refusal.body)")
        let list = try #require(message.components(separatedBy: "the sandbox knows ").last?.components(separatedBy: " for \"code\"").first)
        return list.components(separatedBy: ", ").filter { !$0.isEmpty }
    }
}
