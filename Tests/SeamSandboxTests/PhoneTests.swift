import Foundation
import NIOHTTP1
import SeamSandbox
import Testing

/// Phones and the per-phone copies of multi-phone-sync keys (the README, "What keydesk shows for Seam's 2026 states"): one child per
/// phone, issued after the delay; a new phone gets copies of existing keys; deactivating it
/// revokes them.
@Suite struct PhoneTests {
    /// An issue delay long enough that a test reads the pending state inside it even when the
    /// whole test run shares two cores, and short enough to wait out.
    static func delayed(_ delay: Duration = .seconds(5)) -> SandboxOptions {
        var options = TestSandbox.testOptions
        options.issueDelay = delay
        return options
    }

    static func children(_ sb: TestSandbox, of parentID: String, user userID: String) async throws -> [[String: Any]] {
        try await sb.post("/acs/credentials/list", ["acs_user_id": userID]).list("acs_credentials")
            .filter { $0["parent_acs_credential_id"] as? String == parentID }
    }

    static func mobileKey(_ sb: TestSandbox, user: String, entrances: [String]) async throws -> String {
        let reply = try await sb.post("/acs/credentials/create", ["acs_user_id": user, "access_method": "mobile_key",
                                                                  "is_multi_phone_sync_credential": true, "allowed_acs_entrance_ids": entrances])
        return try #require(reply.object("acs_credential")["acs_credential_id"] as? String, "\(reply.body)")
    }

    @Test(arguments: CallStyle.allCases)
    func aKeyGetsOneIssuedCopyPerPhoneAndANewPhoneGetsOneLater(style: CallStyle) async throws {
        try await withSandbox(Self.delayed()) { sb in
            let building = try await sb.building()
            let doors = Array(try await sb.entranceIDs(of: building).prefix(2))
            let (identity, user) = try await sb.newResident(in: building)
            var phones: [String] = []
            for os in ["ios", "android"] {
                let phone = try await sb.call(style, .POST, "/phones/simulate/create_sandbox_phone",
                                              ["user_identity_id": identity, "phone_metadata": ["operating_system": os]])
                #expect(phone.status == 200, "\(phone.body)")
                #expect(phone.object("phone")["device_type"] as? String == (os == "ios" ? "ios_phone" : "android_phone"))
                phones.append(try #require(phone.object("phone")["device_id"] as? String))
            }
            let key = try await Self.mobileKey(sb, user: user, entrances: doors)
            let copies = try await Self.children(sb, of: key, user: user)
            #expect(copies.count == 2)
            #expect(copies.allSatisfy { $0["is_issued"] as? Bool == false && $0["is_multi_phone_sync_credential"] as? Bool == false })
            #expect(try await eventually { try await Self.children(sb, of: key, user: user).allSatisfy { $0["is_issued"] as? Bool == true } })

            let listed = try await sb.call(style, .GET, "/phones/list", ["owner_user_identity_id": identity]).list("phones")
            #expect(Set(listed.compactMap { $0["device_id"] as? String }) == Set(phones))
            let holding = try await sb.call(style, .GET, "/phones/list", ["acs_credential_id": key]).list("phones")
            #expect(holding.count == 2)
            #expect(try await sb.call(style, .GET, "/phones/get", ["device_id": phones[0]]).object("phone")["device_id"] as? String == phones[0])

            let third = try await sb.post("/phones/simulate/create_sandbox_phone", ["user_identity_id": identity]).object("phone")["device_id"] as? String
            let afterThird = try await Self.children(sb, of: key, user: user)
            #expect(afterThird.count == 3)
            #expect(afterThird.filter { $0["is_issued"] as? Bool == false }.count == 1, "the new phone's copy waits for the delay")
            #expect(try await sb.call(style, .GET, "/phones/list", ["acs_credential_id": key]).list("phones").contains { $0["device_id"] as? String == third })
            let entrances = try await sb.post("/acs/credentials/list_accessible_entrances", ["acs_credential_id": afterThird[0]["acs_credential_id"] as! String])
            #expect(Set(entrances.list("acs_entrances").compactMap { $0["acs_entrance_id"] as? String }) == Set(doors), "a copy opens its parent's doors")
        }
    }

    @Test(arguments: CallStyle.allCases)
    func deactivatingAPhoneRevokesItsCopiesAfterTheDelay(style: CallStyle) async throws {
        try await withSandbox(Self.delayed()) { sb in
            let building = try await sb.building()
            let doors = Array(try await sb.entranceIDs(of: building).prefix(1))
            let (identity, user) = try await sb.newResident(in: building)
            let phone = try #require(try await sb.post("/phones/simulate/create_sandbox_phone", ["user_identity_id": identity]).object("phone")["device_id"] as? String)
            let key = try await Self.mobileKey(sb, user: user, entrances: doors)
            let copy = try #require(try await Self.children(sb, of: key, user: user).first?["acs_credential_id"] as? String)
            let reply = try await sb.call(style, .DELETE, "/phones/deactivate", ["device_id": phone])
            #expect(reply.status == 200, "\(reply.body)")
            #expect(try await sb.post("/phones/get", ["device_id": phone]).errorType == "phone_not_found")
            let leaving = try await sb.post("/acs/credentials/get", ["acs_credential_id": copy]).object("acs_credential")
            #expect((leaving["warnings"] as? [[String: Any]] ?? []).contains { $0["warning_code"] as? String == "being_deleted" })
            #expect(try await eventually { try await sb.post("/acs/credentials/get", ["acs_credential_id": copy]).status == 404 })
            #expect(try await sb.post("/acs/credentials/get", ["acs_credential_id": key]).status == 200, "the parent key stays")
            let events = try await sb.post("/events/list", ["since": "2020-01-01T00:00:00Z", "event_type": "phone.deactivated", "device_id": phone]).list("events")
            #expect(events.count == 1)
        }
    }

    @Test func aMobileKeyIsMultiPhoneSyncOnlyWhenAskedAndOnlyThenCopied() async throws {
        try await withSandbox { sb in
            let building = try await sb.building()
            let (identity, user) = try await sb.newResident(in: building)
            _ = try await sb.post("/phones/simulate/create_sandbox_phone", ["user_identity_id": identity])
            let plain = try await sb.post("/acs/credentials/create", ["acs_user_id": user, "access_method": "mobile_key",
                                                                       "allowed_acs_entrance_ids": Array(try await sb.entranceIDs(of: building).prefix(1))])
            let key = plain.object("acs_credential")
            #expect(key["is_multi_phone_sync_credential"] as? Bool == false, "\(plain.body)")
            #expect(try await Self.children(sb, of: try #require(key["acs_credential_id"] as? String), user: user).isEmpty)
        }
    }

    @Test func linkingAUserToAnIdentityCopiesItsKeysToTheIdentitysPhones() async throws {
        try await withSandbox { sb in
            let building = try await sb.building()
            let user = try #require(try await sb.post("/acs/users/create", ["acs_system_id": building, "full_name": "Later Linked"]).object("acs_user")["acs_user_id"] as? String)
            let key = try await Self.mobileKey(sb, user: user, entrances: Array(try await sb.entranceIDs(of: building).prefix(1)))
            let identity = try #require(try await sb.post("/user_identities/create", ["email_address": "later.linked@example.com"]).object("user_identity")["user_identity_id"] as? String)
            _ = try await sb.post("/phones/simulate/create_sandbox_phone", ["user_identity_id": identity])
            #expect(try await Self.children(sb, of: key, user: user).isEmpty, "no phone to copy it to yet")
            #expect(try await sb.post("/user_identities/add_acs_user", ["user_identity_id": identity, "acs_user_id": user]).status == 200)
            #expect(try await Self.children(sb, of: key, user: user).count == 1)
        }
    }

    @Test func theDemoSeedGivesMostResidentsPhonesHoldingCopiesOfTheirKey() async throws {
        try await withSandbox { sb in
            let users = try await sb.post("/acs/users/list", ["acs_system_id": try await sb.building()]).list("acs_users")
            var withPhones = 0
            for user in users {
                guard let identity = user["user_identity_id"] as? String else { continue }
                let phones = try await sb.post("/phones/list", ["owner_user_identity_id": identity]).list("phones")
                if !phones.isEmpty { withPhones += 1 }
                let credentials = try await sb.post("/acs/credentials/list", ["acs_user_id": user["acs_user_id"] as! String]).list("acs_credentials")
                let parents = credentials.filter { $0["is_multi_phone_sync_credential"] as? Bool == true }
                for parent in parents {
                    let copies = credentials.filter { $0["parent_acs_credential_id"] as? String == parent["acs_credential_id"] as? String }
                    #expect(copies.count == phones.count)
                    #expect(copies.allSatisfy { $0["is_issued"] as? Bool == true })
                }
            }
            #expect(withPhones * 3 >= users.count * 2, "most residents have a phone (\(withPhones) of \(users.count))")
        }
    }
}
