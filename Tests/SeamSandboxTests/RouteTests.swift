import Foundation
import NIOHTTP1
import SeamSandbox
import Testing

/// Every route, once with POST + JSON and once with its semantic verb (`RouteKind`).
@Suite struct RouteTests {
    @Test(arguments: CallStyle.allCases)
    func everyRouteWorksInBothStyles(style: CallStyle) async throws {
        try await withSandbox { sb in
            func ok(_ verb: HTTPMethod, _ path: String, _ params: [String: Any] = [:], sourceLocation: SourceLocation = #_sourceLocation) async throws -> Reply {
                let reply = try await sb.call(style, verb, path, params)
                #expect(reply.status == 200, "\(style) \(path): \(reply.body)", sourceLocation: sourceLocation)
                #expect(reply.ok, sourceLocation: sourceLocation)
                return reply
            }
            let systems = try await ok(.GET, "/acs/systems/list").list("acs_systems")
            let building = try #require(systems.first { $0["name"] as? String == "Maple Court" })
            let systemID = try #require(building["acs_system_id"] as? String)
            #expect(try await ok(.GET, "/acs/systems/get", ["acs_system_id": systemID]).object("acs_system")["name"] as? String == "Maple Court")
            let managers = try await ok(.GET, "/acs/systems/list_compatible_credential_manager_acs_systems", ["acs_system_id": systemID]).list("acs_systems")
            let managerID = try #require(managers.first?["acs_system_id"] as? String)
            #expect(managers.first?["is_credential_manager"] as? Bool == true)

            let entrances = try await ok(.GET, "/acs/entrances/list", ["acs_system_id": systemID]).list("acs_entrances")
            let entranceIDs = entrances.compactMap { $0["acs_entrance_id"] as? String }
            #expect(entranceIDs.count >= 12)
            #expect(try await ok(.GET, "/acs/entrances/get", ["acs_entrance_id": entranceIDs[0]]).object("acs_entrance")["acs_entrance_id"] as? String == entranceIDs[0])

            let email = "route.\(style)@example.com"
            let identity = try await ok(.POST, "/user_identities/create", ["email_address": email, "full_name": "Route Tester", "phone_number": "+14155550199"]).object("user_identity")
            let identityID = try #require(identity["user_identity_id"] as? String)
            #expect(try await ok(.GET, "/user_identities/get", ["user_identity_id": identityID]).object("user_identity")["email_address"] as? String == email)
            #expect(try await ok(.GET, "/user_identities/list", ["user_identity_ids": [identityID]]).list("user_identities").count == 1)
            _ = try await ok(.PATCH, "/user_identities/update", ["user_identity_id": identityID, "full_name": "Route Tester Jr"])
            #expect(try await ok(.GET, "/user_identities/get", ["user_identity_id": identityID]).object("user_identity")["full_name"] as? String == "Route Tester Jr")

            let user = try await ok(.POST, "/acs/users/create", ["acs_system_id": systemID, "full_name": "Route Tester", "user_identity_id": identityID, "email_address": email]).object("acs_user")
            let userID = try #require(user["acs_user_id"] as? String)
            #expect(try await ok(.GET, "/acs/users/get", ["acs_user_id": userID]).object("acs_user")["user_identity_id"] as? String == identityID)
            #expect(try await ok(.GET, "/acs/users/get", ["user_identity_id": identityID, "acs_system_id": systemID]).object("acs_user")["acs_user_id"] as? String == userID)
            #expect(try await ok(.GET, "/acs/users/list", ["user_identity_id": identityID]).list("acs_users").count == 1)
            _ = try await ok(.PATCH, "/acs/users/update", ["acs_user_id": userID, "full_name": "Route T."])
            _ = try await ok(.POST, "/acs/users/suspend", ["acs_user_id": userID])
            #expect(try await ok(.GET, "/acs/users/get", ["acs_user_id": userID]).object("acs_user")["is_suspended"] as? Bool == true)
            _ = try await ok(.POST, "/acs/users/unsuspend", ["acs_user_id": userID])
            let refreshed = try await ok(.GET, "/acs/users/get", ["acs_user_id": userID]).object("acs_user")
            #expect(refreshed["is_suspended"] as? Bool == false)
            #expect(refreshed["full_name"] as? String == "Route T.")

            let credential = try await ok(.POST, "/acs/credentials/create", [
                "acs_user_id": userID, "access_method": "mobile_key", "is_multi_phone_sync_credential": true,
                "allowed_acs_entrance_ids": Array(entranceIDs.prefix(2)), "starts_at": "2026-01-01T00:00:00.000Z", "ends_at": TestSandbox.future,
            ]).object("acs_credential")
            let credentialID = try #require(credential["acs_credential_id"] as? String)
            #expect(try await ok(.GET, "/acs/credentials/get", ["acs_credential_id": credentialID]).object("acs_credential")["acs_user_id"] as? String == userID)
            #expect(try await ok(.GET, "/acs/credentials/list", ["acs_user_id": userID]).list("acs_credentials").count == 1)
            let updated = try await ok(.PATCH, "/acs/credentials/update", ["acs_credential_id": credentialID, "ends_at": TestSandbox.soon]).object("acs_credential")
            #expect(updated["ends_at"] as? String == TestSandbox.soon)
            #expect(try await ok(.GET, "/acs/credentials/list_accessible_entrances", ["acs_credential_id": credentialID]).list("acs_entrances").count == 2)
            #expect(try await ok(.GET, "/acs/entrances/list_credentials_with_access", ["acs_entrance_id": entranceIDs[1]]).list("acs_credentials")
                .contains { $0["acs_credential_id"] as? String == credentialID })
            #expect(try await ok(.GET, "/acs/users/list_accessible_entrances", ["acs_user_id": userID]).list("acs_entrances").count == 2)
            let unassigned = try await ok(.PATCH, "/acs/credentials/unassign", ["acs_credential_id": credentialID, "acs_user_id": userID]).object("acs_credential")
            #expect(unassigned["acs_user_id"] == nil)
            let assigned = try await ok(.PATCH, "/acs/credentials/assign", ["acs_credential_id": credentialID, "acs_user_id": userID]).object("acs_credential")
            #expect(assigned["acs_user_id"] as? String == userID)

            #expect(try await ok(.GET, "/user_identities/list_acs_users", ["user_identity_id": identityID]).list("acs_users").count == 1)
            #expect(try await ok(.GET, "/user_identities/list_acs_systems", ["user_identity_id": identityID]).list("acs_systems").first?["acs_system_id"] as? String == systemID)
            _ = try await ok(.DELETE, "/user_identities/remove_acs_user", ["user_identity_id": identityID, "acs_user_id": userID])
            #expect(try await ok(.GET, "/user_identities/list_acs_users", ["user_identity_id": identityID]).list("acs_users").isEmpty)
            _ = try await ok(.PUT, "/user_identities/add_acs_user", ["user_identity_id": identityID, "acs_user_id": userID])
            #expect(try await ok(.GET, "/user_identities/list_acs_users", ["user_identity_id": identityID]).list("acs_users").count == 1)

            let automation = try await ok(.POST, "/user_identities/enrollment_automations/launch", [
                "user_identity_id": identityID, "credential_manager_acs_system_id": managerID, "create_credential_manager_user": true,
            ]).object("enrollment_automation")
            let automationID = try #require(automation["enrollment_automation_id"] as? String)
            #expect(try await ok(.GET, "/user_identities/enrollment_automations/get", ["enrollment_automation_id": automationID]).object("enrollment_automation")["user_identity_id"] as? String == identityID)
            #expect(try await ok(.GET, "/user_identities/enrollment_automations/list", ["user_identity_id": identityID]).list("enrollment_automations").count == 1)
            _ = try await ok(.DELETE, "/user_identities/enrollment_automations/delete", ["enrollment_automation_id": automationID])
            #expect(try await ok(.GET, "/user_identities/enrollment_automations/list", ["user_identity_id": identityID]).list("enrollment_automations").isEmpty)

            let events = try await ok(.GET, "/events/list", ["since": "2020-01-01T00:00:00.000Z", "acs_user_id": userID]).list("events")
            let created = try #require(events.first { $0["event_type"] as? String == "acs_user.created" })
            let eventID = try #require(created["event_id"] as? String)
            #expect(try await ok(.GET, "/events/get", ["event_id": eventID]).object("event")["acs_user_id"] as? String == userID)

            let unlock = try await sb.post("/acs/entrances/unlock", ["acs_entrance_id": entranceIDs[0], "acs_credential_id": credentialID])
            let attemptID = try #require(unlock.object("action_attempt")["action_attempt_id"] as? String, "\(unlock.body)")
            let attempt = try await ok(.GET, "/action_attempts/get", ["action_attempt_id": attemptID]).object("action_attempt")
            #expect(attempt["status"] as? String == "error")
            #expect(try await ok(.GET, "/workspaces/get").object("workspace")["workspace_id"] as? String != nil)

            _ = try await ok(.DELETE, "/acs/credentials/delete", ["acs_credential_id": credentialID])
            #expect(try await sb.post("/acs/credentials/get", ["acs_credential_id": credentialID]).status == 404)
            _ = try await ok(.DELETE, "/acs/users/delete", ["acs_user_id": userID])
            #expect(try await sb.post("/acs/users/get", ["acs_user_id": userID]).status == 404)
            _ = try await ok(.DELETE, "/user_identities/delete", ["user_identity_id": identityID])
            #expect(try await sb.post("/user_identities/get", ["user_identity_id": identityID]).status == 404)
        }
    }

    @Test func objectsCarryEveryRequiredKey() async throws {
        try await withSandbox { sb in
            let system = try await sb.buildings()[0]
            for key in ["acs_system_id", "connected_account_id", "connected_account_ids", "created_at", "errors", "image_alt_text", "image_url",
                        "is_credential_manager", "location", "name", "warnings", "workspace_id", "external_type"] {
                #expect(system[key] != nil, "acs_system.\(key)")
            }
            #expect(system["external_type"] as? String == "latch_building")
            let systemID = try #require(system["acs_system_id"] as? String)
            let entrance = try await sb.entrances(of: systemID)[0]
            for key in ["acs_entrance_id", "acs_system_id", "connected_account_id", "created_at", "display_name", "errors", "space_ids", "warnings", "latch_metadata"] {
                #expect(entrance[key] != nil, "acs_entrance.\(key)")
            }
            let user = try await sb.post("/acs/users/list", ["acs_system_id": systemID, "limit": 1]).list("acs_users")[0]
            for key in ["acs_system_id", "acs_user_id", "connected_account_id", "created_at", "display_name", "errors", "is_managed", "last_successful_sync_at", "warnings", "workspace_id"] {
                #expect(user[key] != nil, "acs_user.\(key)")
            }
            let credential = try await sb.post("/acs/credentials/list", ["acs_system_id": systemID, "limit": 1]).list("acs_credentials")[0]
            for key in ["access_method", "acs_credential_id", "acs_system_id", "connected_account_id", "created_at", "display_name", "errors", "is_managed", "warnings", "workspace_id", "code", "is_issued", "issued_at"] {
                #expect(credential[key] != nil, "acs_credential.\(key)")
            }
            let identity = try await sb.post("/user_identities/list", ["limit": 1]).list("user_identities")[0]
            for key in ["acs_user_ids", "created_at", "display_name", "email_address", "errors", "full_name", "merged_user_identity_ids",
                        "merged_user_identity_keys", "phone_number", "user_identity_id", "user_identity_key", "warnings", "workspace_id"] {
                #expect(identity[key] != nil, "user_identity.\(key)")
            }
            #expect(identity["user_identity_key"] is NSNull)
            let workspace = try await sb.post("/workspaces/get").object("workspace")
            for key in ["company_name", "connect_partner_name", "connect_webview_customization", "is_publishable_key_auth_enabled", "is_sandbox", "is_suspended", "name", "organization_id", "workspace_id"] {
                #expect(workspace[key] != nil, "workspace.\(key)")
            }
            let created = try #require(user["created_at"] as? String)
            #expect(created.hasSuffix("Z") && created.count == 24, "\(created)")
        }
    }
}
