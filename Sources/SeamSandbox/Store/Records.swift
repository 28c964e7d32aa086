import GRDB

/// SQL for reading each resource, and the mapping of its rows to Seam JSON objects with every
/// key Seam's OpenAPI (spec/seam-openapi.json) marks required.
enum Records {
    static let systemSelect = """
        SELECT s.*, (SELECT COUNT(*) FROM acs_users u WHERE u.acs_system_id = s.id) AS user_count, \(Problems.columns("s.id"))
        FROM acs_systems s
        """
    static let entranceSelect = """
        SELECT e.*, s.connected_account_id, \(Problems.columns("e.id")) FROM acs_entrances e JOIN acs_systems s ON s.id = e.acs_system_id
        """
    static let userSelect = """
        SELECT u.*, s.connected_account_id, i.email_address AS ui_email, i.full_name AS ui_full_name, i.phone_number AS ui_phone,
        \(Problems.columns("u.id")), \(PendingChanges.columns("u.id"))
        FROM acs_users u JOIN acs_systems s ON s.id = u.acs_system_id LEFT JOIN user_identities i ON i.id = u.user_identity_id
        """
    static let credentialSelect = """
        SELECT c.*, s.connected_account_id, u.user_identity_id, \(Problems.columns("c.id")), \(PendingChanges.columns("c.id"))
        FROM acs_credentials c JOIN acs_systems s ON s.id = c.acs_system_id LEFT JOIN acs_users u ON u.id = c.acs_user_id
        """
    static let identitySelect = """
        SELECT i.*, (SELECT group_concat(u.id) FROM acs_users u WHERE u.user_identity_id = i.id) AS acs_user_ids, \(Problems.columns("i.id"))
        FROM user_identities i
        """

    static func system(_ row: Row, workspaceID: String) -> JSONValue {
        let id: String = row["id"]
        let externalType: String = row["external_type"]
        let isManager: Bool = row["is_credential_manager"]
        let display = isManager ? "Latch mobile credential service" : "Latch building"
        let errors: JSONValue = Problems.list(stored: row["problem_errors"])
        let warnings: JSONValue = Problems.list(stored: row["problem_warnings"])
        let accountID: String = row["connected_account_id"]
        let userCount: Int64 = row["user_count"] ?? 0
        let pairs: [(String, JSONValue)] = [
            ("acs_access_group_count", .int(0)),
            ("acs_system_id", .string(id)),
            ("acs_user_count", .int(userCount)),
            ("connected_account_id", .string(accountID)),
            ("connected_account_ids", .array([.string(accountID)])),
            ("created_at", .timestamp(row["created_at"])),
            ("default_credential_manager_acs_system_id", .optionalString(row["default_credential_manager_id"])),
            ("errors", errors),
            ("external_type", .string(externalType)),
            ("external_type_display_name", .string(display)),
            ("image_alt_text", .string("\(display) logo")),
            ("image_url", .string("https://connect.getseam.com/assets/images/acs_systems/\(externalType).png")),
            ("is_credential_manager", .bool(isManager)),
            ("location", .object([("time_zone", .optionalString(row["time_zone"]))])),
            ("name", .string(row["name"])),
            ("system_type", .string(externalType)),
            ("system_type_display_name", .string(display)),
            ("warnings", warnings),
            ("workspace_id", .string(workspaceID)),
        ]
        return .object(pairs)
    }

    static func entrance(_ row: Row) -> JSONValue {
        let errors: JSONValue = Problems.list(stored: row["problem_errors"])
        let warnings: JSONValue = Problems.list(stored: row["problem_warnings"])
        let pairs: [(String, JSONValue)] = [
            ("acs_entrance_id", .string(row["id"])),
            ("acs_system_id", .string(row["acs_system_id"])),
            ("can_belong_to_reservation", .bool(false)),
            ("can_unlock_with_card", .bool(false)),
            ("can_unlock_with_cloud_key", .bool(false)),
            ("can_unlock_with_code", .bool(true)),
            ("can_unlock_with_mobile_key", .bool(true)),
            ("connected_account_id", .string(row["connected_account_id"])),
            ("created_at", .timestamp(row["created_at"])),
            ("display_name", .string(row["display_name"])),
            ("errors", errors),
            ("latch_metadata", .object([
                ("accessibility_type", .string(row["accessibility_type"])),
                ("door_name", .string(row["display_name"])),
                ("door_type", .string(row["door_type"])),
                ("is_connected", .bool(row["is_connected"])),
            ])),
            ("space_ids", .array([])),
            ("warnings", warnings),
        ]
        return .object(pairs)
    }

    static func user(_ row: Row, workspaceID: String) -> JSONValue {
        let createdAt: Int64 = row["created_at"]
        var pairs: [(String, JSONValue)] = []
        if let startsAt: Int64 = row["access_starts_at"] {
            pairs.append(("access_schedule", .object([("ends_at", .timestamp(row["access_ends_at"])), ("starts_at", .timestamp(startsAt))])))
        }
        pairs += [
            ("acs_system_id", .string(row["acs_system_id"])),
            ("acs_user_id", .string(row["id"])),
            ("connected_account_id", .string(row["connected_account_id"])),
            ("created_at", .timestamp(createdAt)),
            ("display_name", .string(row["full_name"])),
        ]
        if let email: String = row["email_address"] {
            pairs.append(("email", .string(email)))
            pairs.append(("email_address", .string(email)))
        }
        pairs += [
            ("errors", Problems.list(stored: row["problem_errors"])),
            ("external_type", .string("latch_user")),
            ("external_type_display_name", .string("Latch user")),
            ("full_name", .string(row["full_name"])),
            ("is_managed", .bool(true)),
            ("is_suspended", .bool(row["is_suspended"])),
            ("last_successful_sync_at", .timestamp(createdAt)),
            ("pending_mutations", Problems.list(stored: row["pending_mutations"])),
        ]
        if let phone: String = row["phone_number"] { pairs.append(("phone_number", .string(phone))) }
        if let identityID: String = row["user_identity_id"] {
            pairs += [
                ("user_identity_email_address", .optionalString(row["ui_email"])),
                ("user_identity_full_name", .optionalString(row["ui_full_name"])),
                ("user_identity_id", .string(identityID)),
                ("user_identity_phone_number", .optionalString(row["ui_phone"])),
            ]
        }
        var warnings: [JSONValue] = []
        if row["is_latch_resident"] as Bool {
            warnings.append(.object([
                ("created_at", .timestamp(createdAt)),
                ("message", .string("This user was created in Latch Mission Control and must be managed there.")),
                ("warning_code", .string("latch_resident_user")),
            ]))
        }
        if let since: Int64 = row["deleting_since"] {
            warnings.append(PendingChanges.beingDeletedWarning(since: since, noun: "access system user"))
        }
        pairs += [("warnings", Problems.list(derived: warnings, stored: row["problem_warnings"])), ("workspace_id", .string(workspaceID))]
        return .object(pairs)
    }

    /// Positions of the columns of `credentialSelect`, looked up once per query.
    struct CredentialColumns {
        let id, system, user, method, code, displayName, multiPhone, startsAt, endsAt, isIssued, issuedAt, createdAt, account, identity: Int
        let parent, errors, warnings, deletingSince, pendingCount: Int

        init(_ row: Row) {
            let names = Array(row.columnNames)
            func at(_ name: String) -> Int { names.firstIndex(of: name)! }
            id = at("id"); system = at("acs_system_id"); user = at("acs_user_id"); method = at("access_method")
            code = at("code"); displayName = at("display_name"); multiPhone = at("is_multi_phone_sync")
            startsAt = at("starts_at"); endsAt = at("ends_at"); isIssued = at("is_issued"); issuedAt = at("issued_at")
            createdAt = at("created_at"); account = at("connected_account_id"); identity = at("user_identity_id")
            parent = at("parent_acs_credential_id"); errors = at("problem_errors"); warnings = at("problem_warnings")
            deletingSince = at("deleting_since"); pendingCount = at("pending_count")
        }
    }

    static func credential(_ row: Row, workspaceID: String) -> JSONValue {
        credential(row, workspaceID: workspaceID, columns: CredentialColumns(row))
    }

    static func credential(_ row: Row, workspaceID: String, columns k: CredentialColumns) -> JSONValue {
        .raw(credentialBytes(row, workspaceID: workspaceID, columns: k))
    }

    /// Written straight to bytes: this object dominates the benchmarked list route.
    static func credentialBytes(_ row: Row, workspaceID: String, columns k: CredentialColumns) -> [UInt8] {
        let isIssued: Bool = row[k.isIssued]
        let issuedAt: Int64? = row[k.issuedAt]
        let createdAt: Int64 = row[k.createdAt]
        let pendingCount: Int = row[k.pendingCount]
        var out = JSONBuffer(capacity: 1100)
        out.string("access_method", row[k.method])
        out.string("acs_credential_id", row[k.id])
        out.string("acs_system_id", row[k.system])
        if let userID: String = row[k.user] { out.string("acs_user_id", userID) }
        out.stringOrNull("code", row[k.code])
        out.string("connected_account_id", row[k.account])
        out.timestamp("created_at", createdAt)
        out.string("display_name", row[k.displayName])
        if let endsAt: Int64 = row[k.endsAt] { out.timestamp("ends_at", endsAt) }
        out.value("errors", Problems.list(stored: row[k.errors]))
        out.string("external_type", "latch_access")
        out.string("external_type_display_name", "Latch access")
        out.bool("is_issued", isIssued)
        out.bool("is_latest_desired_state_synced_with_provider", isIssued && pendingCount == 0)
        out.bool("is_managed", true)
        out.bool("is_multi_phone_sync_credential", row[k.multiPhone])
        out.bool("is_one_time_use", false)
        out.timestamp("issued_at", issuedAt)
        out.timestamp("latest_desired_state_synced_with_provider_at", pendingCount == 0 ? issuedAt : nil)
        if let parentID: String = row[k.parent] { out.string("parent_acs_credential_id", parentID) }
        if let startsAt: Int64 = row[k.startsAt] { out.timestamp("starts_at", startsAt) }
        if let identityID: String = row[k.identity] { out.string("user_identity_id", identityID) }
        var warnings: [JSONValue] = []
        if !isIssued {
            warnings.append(Problems.entry(code: "waiting_to_be_issued", message: "The credential is waiting to be issued by the access system.",
                                           createdAt: createdAt))
        }
        if let since: Int64 = row[k.deletingSince] {
            warnings.append(PendingChanges.beingDeletedWarning(since: since, noun: "credential"))
        }
        out.value("warnings", Problems.list(derived: warnings, stored: row[k.warnings]))
        out.string("workspace_id", workspaceID)
        return out.finishBytes()
    }

    static func identity(_ row: Row, workspaceID: String) -> JSONValue {
        let fullName: String? = row["full_name"]
        let email: String? = row["email_address"]
        let key: String? = row["user_identity_key"]
        let phone: String? = row["phone_number"]
        let id: String = row["id"]
        let userIDs = (row["acs_user_ids"] as String?).map { $0.split(separator: ",").map(String.init).sorted() } ?? []
        return .object([
            ("acs_user_ids", .strings(userIDs)),
            ("created_at", .timestamp(row["created_at"])),
            ("display_name", .string(fullName ?? email ?? key ?? phone ?? "User \(id.prefix(8))")),
            ("email_address", .optionalString(email)),
            ("errors", Problems.list(stored: row["problem_errors"])),
            ("full_name", .optionalString(fullName)),
            ("merged_user_identity_ids", .array([])),
            ("merged_user_identity_keys", .array([])),
            ("phone_number", .optionalString(phone)),
            ("user_identity_id", .string(id)),
            ("user_identity_key", .optionalString(key)),
            ("warnings", Problems.list(stored: row["problem_warnings"])),
            ("workspace_id", .string(workspaceID)),
        ])
    }

    static func enrollmentAutomation(_ row: Row, workspaceID: String) -> JSONValue {
        .object([
            ("created_at", .timestamp(row["created_at"])),
            ("credential_manager_acs_system_id", .string(row["credential_manager_acs_system_id"])),
            ("enrollment_automation_id", .string(row["id"])),
            ("user_identity_id", .string(row["user_identity_id"])),
            ("workspace_id", .string(workspaceID)),
        ])
    }

    static let eventIDColumns: [String] = [
        "acs_system_id", "acs_user_id", "acs_credential_id", "acs_entrance_id", "user_identity_id",
        "enrollment_automation_id", "connected_account_id", "access_grant_id", "access_method_id", "device_id",
    ]

    static func event(_ row: Row, workspaceID: String) -> JSONValue {
        var pairs: [(String, JSONValue)] = []
        for column in eventIDColumns {
            if let value: String = row[column] { pairs.append((column, .string(value))) }
        }
        pairs += [
            ("created_at", .timestamp(row["created_at"])),
            ("event_description", .string(row["description"])),
            ("event_id", .string(row["id"])),
            ("event_type", .string(row["event_type"])),
            ("occurred_at", .timestamp(row["occurred_at"])),
            ("workspace_id", .string(workspaceID)),
        ]
        if let extra: String = row["extra"], case .object(let members)? = try? JSONParser.parse(Array(extra.utf8)) {
            pairs += members
        }
        return .object(pairs.sorted { $0.0 < $1.0 })
    }

    static func actionAttempt(_ row: Row) -> JSONValue {
        let status: String = row["status"]
        let error: JSONValue = status == "error"
            ? .object([("message", .string(row["error_message"] ?? "")), ("type", .string(row["error_type"] ?? "uncategorized_error"))])
            : .null
        return .object([
            ("action_attempt_id", .string(row["id"])),
            ("action_type", .string(row["action_type"])),
            ("error", error),
            ("result", status == "success" ? .object([]) : .null),
            ("status", .string(status)),
        ])
    }
}
