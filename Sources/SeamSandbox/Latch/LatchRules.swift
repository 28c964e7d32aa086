import GRDB

/// The Latch rules the sandbox enforces, one function per rule, so they read as a list
/// (each has a test in LatchRuleTests).
enum LatchRules {
    /// Access methods a Latch building supports: PIN codes and mobile keys, no cards.
    static let supportedAccessMethods = ["code", "mobile_key"]
    static let allAccessMethods = ["code", "card", "mobile_key", "cloud_key"]

    static let remoteUnlockMessage = "Latch does not support remote unlock; residents unlock with the Latch app"
    static let grantAccessNotSupported = SeamError.badRequest(
        "not_supported", "latch_building does not support adding acs_entrances to acs_users directly; create a credential with allowed_acs_entrance_ids")

    /// Rule 1: the ACS generates the PIN; a client-supplied `code` is refused.
    static func rejectClientCode(_ params: Params) throws {
        if params.isPresent("code") {
            throw params.error("code", "Latch generates the PIN code; you cannot specify a code")
        }
    }

    /// Rule 1b: the generated PIN has 7 digits.
    static func generatePIN() -> String {
        let value = UInt64.random(in: 0..<10_000_000)
        let digits = String(value)
        return String(repeating: "0", count: 7 - digits.count) + digits
    }

    /// Rule 2: Latch credentials are PIN codes or mobile keys.
    static func requireSupportedAccessMethod(_ method: String, _ params: Params) throws {
        guard supportedAccessMethods.contains(method) else {
            throw SeamError.badRequest("not_supported", "latch_building does not support access_method '\(method)'; use 'code' or 'mobile_key'")
        }
    }

    /// Rule 3: a `code` credential covers exactly one entrance; a `mobile_key` covers one or more.
    static func checkEntranceCount(_ method: String, _ entranceIDs: [String], _ params: Params) throws {
        if method == "code" && entranceIDs.count != 1 {
            throw params.error("allowed_acs_entrance_ids", "A Latch code credential must cover exactly one entrance (got \(entranceIDs.count)); create one code credential per door")
        }
        if method == "mobile_key" && entranceIDs.isEmpty {
            throw params.error("allowed_acs_entrance_ids", "A Latch mobile key must cover at least one entrance")
        }
        if Set(entranceIDs).count != entranceIDs.count {
            throw params.error("allowed_acs_entrance_ids", "Entrance ids must not repeat")
        }
    }

    /// Rule 4: every entrance exists and belongs to the credential's system.
    static func checkEntrancesBelong(_ db: Database, _ entranceIDs: [String], systemID: String) throws {
        for id in entranceIDs {
            let entrance = try db.require(.entrances, id)
            guard entrance["acs_system_id"] as String == systemID else {
                throw SeamError.badRequest("acs_entrance_not_in_acs_system", "Entrance \(id) belongs to another access control system than the credential's user (\(systemID))")
            }
        }
    }

    /// Rule 5: `ends_at` is after `starts_at` and in the future.
    static func checkSchedule(startsAt: Int64?, endsAt: Int64?, now: Int64, _ params: Params, endsAtName: String = "ends_at") throws {
        guard let endsAt else { return }
        if let startsAt, endsAt <= startsAt {
            throw params.error(endsAtName, "ends_at must be later than starts_at")
        }
        if endsAt <= now {
            throw params.error(endsAtName, "ends_at must be in the future")
        }
    }

    /// Rule 6: users created in Latch Mission Control (`latch_resident_user`) are managed there, read-only here.
    static func requireManagedHere(_ user: Row) throws {
        if user["is_latch_resident"] as Bool {
            throw SeamError.badRequest("latch_resident_user", "ACS user \(user["id"] as String) was created in Latch Mission Control and must be managed there")
        }
    }

    /// Rule 7: credentials are issued on Latch buildings, not on credential-manager systems.
    static func requireLatchBuilding(_ system: Row) throws {
        if system["is_credential_manager"] as Bool {
            throw SeamError.badRequest("not_supported", "Access control system \(system["id"] as String) is a credential manager; create users and credentials on the Latch building")
        }
    }

    /// Rule 8: a named credential manager must be one compatible with the building.
    static func checkCredentialManager(_ db: Database, _ managerID: String, buildingID: String, _ params: Params) throws {
        let manager = try db.require(.systems, managerID)
        guard manager["is_credential_manager"] as Bool, manager["compatible_with_acs_system_id"] as String? == buildingID else {
            throw params.error("credential_manager_acs_system_id", "Not a credential manager compatible with access control system \(buildingID)")
        }
    }

    /// Rule 9: an identity has at most one ACS user per system.
    static func checkOneUserPerSystem(_ db: Database, identityID: String, systemID: String, except userID: String? = nil) throws {
        let existing = try String.fetchOne(db, sql: "SELECT id FROM acs_users WHERE user_identity_id = ? AND acs_system_id = ?", arguments: [identityID, systemID])
        if let existing, existing != userID {
            throw SeamError.badRequest("user_identity_already_has_acs_user_in_acs_system",
                                       "User identity \(identityID) already has ACS user \(existing) in access control system \(systemID)")
        }
    }

    /// Rule 10: email, phone and key are unique among identities.
    static func checkIdentityUnique(_ db: Database, email: String?, phone: String?, key: String?, except identityID: String? = nil) throws {
        let checks: [(String, String?, String)] = [
            ("email_address", email, "user_identity_email_address_taken"),
            ("phone_number", phone, "user_identity_phone_number_taken"),
            ("user_identity_key", key, "user_identity_key_taken"),
        ]
        for (column, value, type) in checks {
            guard let value else { continue }
            if let other = try String.fetchOne(db, sql: "SELECT id FROM user_identities WHERE \(column) = ?", arguments: [value]), other != identityID {
                throw SeamError.badRequest(type, "Another user identity (\(other)) already has \(column) '\(value)'")
            }
        }
    }

    /// Rule 11: a resource on its way out (`being_deleted`) takes no more changes.
    static func requireNotBeingDeleted(_ db: Database, _ id: String, noun: String) throws {
        if try PendingChanges.isBeingDeleted(db, id) {
            throw SeamError.badRequest("\(noun.split(separator: " ").joined(separator: "_"))_being_deleted", "The \(noun) \(id) is being deleted")
        }
    }

    /// Phone numbers are E.164 (`+14155552671`).
    static func checkPhone(_ phone: String?, _ params: Params, name: String = "phone_number") throws {
        guard let phone else { return }
        let digits = phone.dropFirst()
        guard phone.hasPrefix("+"), (2...15).contains(digits.count), digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber), digits.first != "0" else {
            throw params.error(name, "Phone number must be in E.164 format: +14155552671")
        }
    }

    static func checkEmail(_ email: String?, _ params: Params, name: String = "email_address") throws {
        guard let email else { return }
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix("."),
              !email.contains(" ") else {
            throw params.error(name, "Invalid email")
        }
    }
}
