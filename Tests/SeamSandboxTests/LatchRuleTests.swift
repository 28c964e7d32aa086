import Foundation
import NIOHTTP1
import SeamSandbox
import Testing

/// Each Latch rule the sandbox enforces (`LatchRules`), through HTTP.
@Suite struct LatchRuleTests {
    func mobileKey(_ userID: String, _ entrances: [String], extra: [String: Any] = [:]) -> [String: Any] {
        var params: [String: Any] = ["acs_user_id": userID, "access_method": "mobile_key", "is_multi_phone_sync_credential": true,
                                     "allowed_acs_entrance_ids": entrances, "ends_at": TestSandbox.future]
        params.merge(extra) { $1 }
        return params
    }

    @Test func acsGeneratesASevenDigitPINAndRefusesAClientCode() async throws {
        try await withSandbox { sb in
            let system = try await sb.building()
            let doors = try await sb.entranceIDs(of: system)
            let (_, userID) = try await sb.newResident(in: system)
            let created = try await sb.post("/acs/credentials/create", mobileKey(userID, [doors[0]]))
            let code = try #require(created.object("acs_credential")["code"] as? String, "\(created.body)")
            #expect(code.count == 7 && code.allSatisfy(\.isNumber))
            let pin = try await sb.post("/acs/credentials/create", ["acs_user_id": userID, "access_method": "code", "allowed_acs_entrance_ids": [doors[1]]])
            #expect((pin.object("acs_credential")["code"] as? String)?.count == 7)
            let refused = try await sb.post("/acs/credentials/create", mobileKey(userID, [doors[0]], extra: ["code": "1234567"]))
            #expect(refused.status == 400)
            #expect(refused.errorType == "invalid_input")
            #expect(refused.validationErrors?["code"] != nil)
            let credentialID = try #require(created.object("acs_credential")["acs_credential_id"] as? String)
            let update = try await sb.post("/acs/credentials/update", ["acs_credential_id": credentialID, "code": "7654321"])
            #expect(update.status == 400)
            #expect(update.validationErrors?["code"] != nil)
        }
    }

    @Test func codeCredentialCoversExactlyOneEntrance() async throws {
        try await withSandbox { sb in
            let system = try await sb.building()
            let doors = try await sb.entranceIDs(of: system)
            let (_, userID) = try await sb.newResident(in: system)
            for entrances in [[], [doors[0], doors[1]]] {
                let reply = try await sb.post("/acs/credentials/create", ["acs_user_id": userID, "access_method": "code", "allowed_acs_entrance_ids": entrances])
                #expect(reply.status == 400, "\(entrances.count) entrances")
                #expect(reply.validationErrors?["allowed_acs_entrance_ids"] != nil)
            }
            let one = try await sb.post("/acs/credentials/create", ["acs_user_id": userID, "access_method": "code", "allowed_acs_entrance_ids": [doors[0]]])
            #expect(one.status == 200)
            #expect(one.object("acs_credential")["display_name"] as? String == "Main Entrance")
        }
    }

    @Test func mobileKeyCoversOneOrMoreEntrancesOfTheUsersSystem() async throws {
        try await withSandbox { sb in
            let system = try await sb.building()
            let other = try await sb.building("Harbor Lofts")
            let doors = try await sb.entranceIDs(of: system)
            let foreign = try await sb.entranceIDs(of: other)
            let (_, userID) = try await sb.newResident(in: system)
            let none = try await sb.post("/acs/credentials/create", mobileKey(userID, []))
            #expect(none.status == 400)
            #expect(none.validationErrors?["allowed_acs_entrance_ids"] != nil)
            let many = try await sb.post("/acs/credentials/create", mobileKey(userID, Array(doors.prefix(5))))
            #expect(many.status == 200)
            let id = try #require(many.object("acs_credential")["acs_credential_id"] as? String)
            #expect(try await sb.post("/acs/credentials/list_accessible_entrances", ["acs_credential_id": id]).list("acs_entrances").count == 5)
            let crossing = try await sb.post("/acs/credentials/create", mobileKey(userID, [doors[0], foreign[0]]))
            #expect(crossing.status == 400)
            #expect(crossing.errorType == "acs_entrance_not_in_acs_system")
            let unknown = try await sb.post("/acs/credentials/create", mobileKey(userID, [UUID().uuidString.lowercased()]))
            #expect(unknown.status == 404)
            #expect(unknown.errorType == "acs_entrance_not_found")
        }
    }

    @Test func cardsAndGrantAccessAreNotSupported() async throws {
        try await withSandbox { sb in
            let system = try await sb.building()
            let doors = try await sb.entranceIDs(of: system)
            let (_, userID) = try await sb.newResident(in: system)
            let card = try await sb.post("/acs/credentials/create", ["acs_user_id": userID, "access_method": "card", "allowed_acs_entrance_ids": [doors[0]]])
            #expect(card.status == 400)
            #expect(card.errorType == "not_supported")
            let grant = try await sb.post("/acs/entrances/grant_access", ["acs_entrance_id": doors[0], "acs_user_id": userID])
            #expect(grant.status == 400)
            #expect(grant.errorType == "not_supported")
        }
    }

    @Test func endsAtMustFollowStartsAtAndBeInTheFuture() async throws {
        try await withSandbox { sb in
            let system = try await sb.building()
            let doors = try await sb.entranceIDs(of: system)
            let (_, userID) = try await sb.newResident(in: system)
            let backwards = try await sb.post("/acs/credentials/create", mobileKey(userID, [doors[0]], extra: ["starts_at": "2031-06-01T00:00:00Z", "ends_at": "2031-05-01T00:00:00Z"]))
            #expect(backwards.status == 400)
            #expect(backwards.validationErrors?["ends_at"] != nil)
            let past = try await sb.post("/acs/credentials/create", mobileKey(userID, [doors[0]], extra: ["starts_at": "2020-01-01T00:00:00Z", "ends_at": "2021-01-01T00:00:00Z"]))
            #expect(past.status == 400)
            #expect(past.errorMessage?.contains("future") == true)
            let schedule = try await sb.post("/acs/users/create", ["acs_system_id": system, "full_name": "Guest", "access_schedule": ["starts_at": "2031-06-01T00:00:00Z", "ends_at": "2031-05-01T00:00:00Z"]])
            #expect(schedule.status == 400)
            let good = try await sb.post("/acs/users/create", ["acs_system_id": system, "full_name": "Guest", "access_schedule": ["ends_at": TestSandbox.future]])
            #expect(good.status == 200)
            #expect((good.object("acs_user")["access_schedule"] as? [String: Any])?["ends_at"] as? String == TestSandbox.future)
        }
    }

    @Test func ownerIsAUserOrAnIdentityWithASystem() async throws {
        try await withSandbox { sb in
            let system = try await sb.building()
            let doors = try await sb.entranceIDs(of: system)
            let neither = try await sb.post("/acs/credentials/create", ["access_method": "mobile_key", "allowed_acs_entrance_ids": [doors[0]]])
            #expect(neither.status == 400)
            #expect(neither.errorType == "invalid_input")
            let identity = try await sb.post("/user_identities/create", ["email_address": "owner@example.com", "full_name": "Owner Person"])
            let identityID = try #require(identity.object("user_identity")["user_identity_id"] as? String)
            let noSystem = try await sb.post("/acs/credentials/create", ["user_identity_id": identityID, "access_method": "mobile_key", "allowed_acs_entrance_ids": [doors[0]]])
            #expect(noSystem.status == 400)
            #expect(noSystem.validationErrors?["acs_system_id"] != nil)
            let viaIdentity = try await sb.post("/acs/credentials/create", ["user_identity_id": identityID, "acs_system_id": system, "access_method": "mobile_key",
                                                                           "allowed_acs_entrance_ids": [doors[0]], "ends_at": TestSandbox.future])
            #expect(viaIdentity.status == 200, "\(viaIdentity.body)")
            let credential = viaIdentity.object("acs_credential")
            #expect(credential["user_identity_id"] as? String == identityID)
            let userID = try #require(credential["acs_user_id"] as? String)
            let user = try await sb.post("/acs/users/get", ["acs_user_id": userID]).object("acs_user")
            #expect(user["full_name"] as? String == "Owner Person")
            #expect(user["user_identity_email_address"] as? String == "owner@example.com")
            let again = try await sb.post("/acs/credentials/create", ["user_identity_id": identityID, "acs_system_id": system, "access_method": "code", "allowed_acs_entrance_ids": [doors[1]]])
            #expect(again.object("acs_credential")["acs_user_id"] as? String == userID)
        }
    }

    @Test func anIdentityHasAtMostOneUserPerSystem() async throws {
        try await withSandbox { sb in
            let system = try await sb.building()
            let (identityID, _) = try await sb.newResident(in: system)
            let second = try await sb.post("/acs/users/create", ["acs_system_id": system, "full_name": "Twin", "user_identity_id": identityID])
            #expect(second.status == 400)
            #expect(second.errorType == "user_identity_already_has_acs_user_in_acs_system")
            let loose = try await sb.post("/acs/users/create", ["acs_system_id": system, "full_name": "Loose"])
            let looseID = try #require(loose.object("acs_user")["acs_user_id"] as? String)
            let link = try await sb.semantic(.PUT, "/user_identities/add_acs_user", ["user_identity_id": identityID, "acs_user_id": looseID])
            #expect(link.status == 400)
            #expect(link.errorType == "user_identity_already_has_acs_user_in_acs_system")
            let other = try await sb.building("Harbor Lofts")
            let elsewhere = try await sb.post("/acs/users/create", ["acs_system_id": other, "full_name": "Same Person", "user_identity_id": identityID])
            #expect(elsewhere.status == 200)
            let unknownIdentity = try await sb.post("/acs/users/create", ["acs_system_id": system, "full_name": "X", "user_identity_id": UUID().uuidString.lowercased()])
            #expect(unknownIdentity.status == 400)
            #expect(unknownIdentity.errorType == "user_identity_not_found")
        }
    }

    @Test func emailPhoneAndKeyAreUniqueAmongIdentities() async throws {
        try await withSandbox { sb in
            let first = try await sb.post("/user_identities/create", ["email_address": "unique@example.com", "phone_number": "+16175550123", "user_identity_key": "k-1"])
            #expect(first.status == 200)
            let cases: [([String: Any], String)] = [
                (["email_address": "unique@example.com"], "user_identity_email_address_taken"),
                (["email_address": "UNIQUE@example.com"], "user_identity_email_address_taken"),
                (["phone_number": "+16175550123"], "user_identity_phone_number_taken"),
                (["user_identity_key": "k-1"], "user_identity_key_taken"),
            ]
            for (params, type) in cases {
                let reply = try await sb.post("/user_identities/create", params)
                #expect(reply.status == 400, "\(params)")
                #expect(reply.errorType == type)
            }
            let badPhone = try await sb.post("/user_identities/create", ["phone_number": "555-1234"])
            #expect(badPhone.status == 400)
            #expect(badPhone.validationErrors?["phone_number"] != nil)
            let badEmail = try await sb.post("/user_identities/create", ["email_address": "not an email"])
            #expect(badEmail.validationErrors?["email_address"] != nil)
            let other = try await sb.post("/user_identities/create", ["email_address": "other@example.com"])
            let otherID = try #require(other.object("user_identity")["user_identity_id"] as? String)
            let clash = try await sb.semantic(.PATCH, "/user_identities/update", ["user_identity_id": otherID, "phone_number": "+16175550123"])
            #expect(clash.errorType == "user_identity_phone_number_taken")
            let clear = try await sb.semantic(.PATCH, "/user_identities/update", ["user_identity_id": otherID, "email_address": NSNull()])
            #expect(clear.status == 200)
            #expect(try await sb.post("/user_identities/get", ["user_identity_id": otherID]).object("user_identity")["email_address"] is NSNull)
        }
    }

    @Test func deletingAnIdentityDeletesItsUsersAndCredentials() async throws {
        try await withSandbox { sb in
            let system = try await sb.building()
            let doors = try await sb.entranceIDs(of: system)
            let (identityID, userID) = try await sb.newResident(in: system)
            let credential = try await sb.post("/acs/credentials/create", mobileKey(userID, [doors[0]]))
            let credentialID = try #require(credential.object("acs_credential")["acs_credential_id"] as? String)
            let deleted = try await sb.semantic(.DELETE, "/user_identities/delete", ["user_identity_id": identityID])
            #expect(deleted.status == 200)
            #expect(try await sb.post("/acs/users/get", ["acs_user_id": userID]).status == 404)
            #expect(try await sb.post("/acs/credentials/get", ["acs_credential_id": credentialID]).status == 404)
            let events = try await sb.post("/events/list", ["since": "2020-01-01T00:00:00Z", "event_types": ["acs_user.deleted", "acs_credential.deleted"]]).list("events")
            #expect(events.contains { $0["acs_user_id"] as? String == userID && $0["event_type"] as? String == "acs_user.deleted" })
            #expect(events.contains { $0["acs_credential_id"] as? String == credentialID && $0["event_type"] as? String == "acs_credential.deleted" })
        }
    }

    @Test func missionControlResidentsAreReadOnly() async throws {
        try await withSandbox { sb in
            let system = try await sb.building()
            let users = try await sb.post("/acs/users/list", ["acs_system_id": system]).list("acs_users")
            let resident = try #require(users.first { (($0["warnings"] as? [[String: Any]]) ?? []).contains { $0["warning_code"] as? String == "latch_resident_user" } })
            let residentID = try #require(resident["acs_user_id"] as? String)
            let doors = try await sb.entranceIDs(of: system)
            let key = try await sb.post("/acs/credentials/create", mobileKey(residentID, [doors[0]]))
            #expect(key.status == 400)
            #expect(key.errorType == "latch_resident_user")
            #expect(try await sb.post("/acs/users/suspend", ["acs_user_id": residentID]).errorType == "latch_resident_user")
        }
    }

    @Test func issuanceIsAsynchronousAndEmitsOneIssuedEvent() async throws {
        let options = SandboxOptions(storage: .inMemory, seed: .demo, issueDelay: .milliseconds(300))
        try await withSandbox(options) { sb in
            let system = try await sb.building()
            let doors = try await sb.entranceIDs(of: system)
            let (_, userID) = try await sb.newResident(in: system)
            let created = try await sb.post("/acs/credentials/create", mobileKey(userID, [doors[0]])).object("acs_credential")
            let id = try #require(created["acs_credential_id"] as? String)
            #expect(created["is_issued"] as? Bool == false)
            #expect(created["issued_at"] is NSNull)
            #expect((created["warnings"] as? [[String: Any]])?.first?["warning_code"] as? String == "waiting_to_be_issued")
            let issued = try await eventually {
                try await sb.semantic(.GET, "/acs/credentials/get", ["acs_credential_id": id]).object("acs_credential")["is_issued"] as? Bool == true
            }
            #expect(issued)
            let credential = try await sb.post("/acs/credentials/get", ["acs_credential_id": id]).object("acs_credential")
            #expect(credential["issued_at"] as? String != nil)
            // Let the background sweep run a few more times; still one event.
            try await Task.sleep(for: .milliseconds(300))
            let events = try await sb.post("/events/list", ["since": "2020-01-01T00:00:00Z", "acs_credential_id": id, "event_type": "acs_credential.issued"]).list("events")
            #expect(events.count == 1)
        }
    }
}
