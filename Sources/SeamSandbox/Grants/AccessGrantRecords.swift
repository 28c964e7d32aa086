import GRDB

/// The `access_grant` object (spec `components.schemas.access_grant`): its access methods and
/// requested methods as JSON built in the SELECT, its warnings derived from what is pending
/// (`being_deleted`, `updating_access_times`) and from methods not yet issued
/// (`underprovisioned_access`), its errors stored (`cannot_create_requested_access_methods`).
enum AccessGrantRecords {
    static let select = """
        SELECT g.*, i.full_name AS identity_name, i.email_address AS identity_email, \(SQLNow.millis) AS now_ms,
        (SELECT json_group_array(x.id) FROM (SELECT id FROM access_methods WHERE access_grant_id = g.id ORDER BY created_at, id) x) AS method_ids,
        (SELECT json_group_array(json(x.request)) FROM (SELECT json_remove(json_object(
            'created_access_method_ids', json((SELECT json_group_array(y.id) FROM (SELECT id FROM access_methods
                WHERE access_grant_id = r.access_grant_id AND request_position = r.position ORDER BY created_at, id) y)),
            'created_at', \(SQLNow.timestamp("r.created_at")),
            'display_name', CASE r.mode WHEN 'code' THEN 'PIN code' WHEN 'mobile_key' THEN 'Mobile key' WHEN 'card' THEN 'Card' ELSE 'Cloud key' END,
            'instant_key_max_use_count', r.instant_key_max_use_count,
            'mode', r.mode), CASE WHEN r.instant_key_max_use_count IS NULL THEN '$.instant_key_max_use_count' ELSE '$.absent' END) AS request
            FROM access_grant_requests r WHERE r.access_grant_id = g.id ORDER BY r.position) x) AS requested_methods,
        (SELECT COUNT(*) FROM access_methods m WHERE m.access_grant_id = g.id AND (
            NOT EXISTS (SELECT 1 FROM access_method_credentials amc WHERE amc.access_method_id = m.id)
            OR EXISTS (SELECT 1 FROM access_method_credentials amc JOIN acs_credentials c ON c.id = amc.acs_credential_id
                       WHERE amc.access_method_id = m.id AND c.is_issued = 0))) AS unissued_methods,
        (SELECT MIN(created_at) FROM pending_changes WHERE resource_id = g.id AND kind = 'updating_access_times') AS updating_since,
        \(Problems.columns("g.id")), \(PendingChanges.columns("g.id"))
        FROM access_grants g LEFT JOIN user_identities i ON i.id = g.user_identity_id
        """

    static func grant(_ row: Row, workspaceID: String) -> JSONValue {
        let now: Int64 = row["now_ms"]
        let startsAt: Int64 = row["starts_at"]
        let endsAt: Int64? = row["ends_at"]
        let name: String? = row["name"]
        let methodIDs = raw(row["method_ids"])
        let unissued: Int = row["unissued_methods"]
        let deletingSince: Int64? = row["deleting_since"]
        let updatingSince: Int64? = row["updating_since"]
        let errors: String? = row["problem_errors"]
        var warnings: [JSONValue] = []
        if let deletingSince { warnings.append(PendingChanges.beingDeletedWarning(since: deletingSince, noun: "access grant")) }
        if let updatingSince {
            warnings.append(Problems.entry(code: "updating_access_times", message: "The access grant's times are being updated.",
                                           createdAt: updatingSince, extra: [("access_method_ids", methodIDs)]))
        }
        if unissued > 0 && deletingSince == nil {
            warnings.append(Problems.entry(code: "underprovisioned_access",
                                           message: "Access methods are still being created for \(unissued) of the grant's access methods.",
                                           createdAt: row["created_at"]))
        }
        let status: String
        if deletingSince != nil { status = "Being deleted" }
        else if updatingSince != nil { status = "Updating access times" }
        else if unissued > 0 { status = "Setting up access" }
        else if let endsAt, endsAt <= now { status = "Ended" }
        else if startsAt > now { status = "Upcoming" }
        else if errors != nil { status = "Active, with errors" }
        else { status = "Active" }
        let holder: String = row["identity_name"] ?? row["identity_email"] ?? "a user identity"
        var pairs: [(String, JSONValue)] = [("access_grant_id", .string(row["id"]))]
        if let key: String = row["access_grant_key"] { pairs.append(("access_grant_key", .string(key))) }
        pairs += [
            ("access_method_ids", methodIDs),
            ("created_at", .timestamp(row["created_at"])),
            ("display_name", .string(name ?? "Access for \(holder)")),
            ("display_status", .string(status)),
            ("ends_at", .timestamp(endsAt)),
            ("errors", Problems.list(stored: errors)),
            ("location_ids", .array([])),
            ("name", .optionalString(name)),
            ("pending_mutations", Problems.list(stored: row["pending_mutations"])),
            ("requested_access_methods", raw(row["requested_methods"])),
        ]
        if let key: String = row["reservation_key"] { pairs.append(("reservation_key", .string(key))) }
        pairs += [
            ("space_ids", .array([])),
            ("starts_at", .timestamp(startsAt)),
            ("user_identity_id", .string(row["user_identity_id"])),
            ("warnings", Problems.list(derived: warnings, stored: row["problem_warnings"])),
            ("workspace_id", .string(workspaceID)),
        ]
        return .object(pairs)
    }

    /// JSON text made by SQLite, embedded as it is (`[]` when absent).
    static func raw(_ text: String?) -> JSONValue {
        .raw(Array((text ?? "[]").utf8))
    }
}
