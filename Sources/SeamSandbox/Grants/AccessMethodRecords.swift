import GRDB

/// The `access_method` object (spec `components.schemas.access_method`): issued when every
/// credential behind it is (`access_method_credentials`), with the PIN of its code credential,
/// and warnings from what is pending or late (`delay_in_issuing` once its grant is about to start).
enum AccessMethodRecords {
    static let select = """
        SELECT m.*, g.starts_at AS grant_starts_at, \(SQLNow.millis) AS now_ms,
        (SELECT COUNT(*) FROM access_method_credentials WHERE access_method_id = m.id) AS credential_count,
        (SELECT MIN(c.is_issued) FROM access_method_credentials amc JOIN acs_credentials c ON c.id = amc.acs_credential_id WHERE amc.access_method_id = m.id) AS all_issued,
        (SELECT MAX(c.issued_at) FROM access_method_credentials amc JOIN acs_credentials c ON c.id = amc.acs_credential_id WHERE amc.access_method_id = m.id) AS last_issued_at,
        (SELECT c.code FROM access_method_credentials amc JOIN acs_credentials c ON c.id = amc.acs_credential_id WHERE amc.access_method_id = m.id LIMIT 1) AS credential_code,
        (SELECT MIN(created_at) FROM pending_changes WHERE resource_id = m.id AND kind = 'updating_access_times') AS updating_since,
        \(Problems.columns("m.id")), \(PendingChanges.columns("m.id"))
        FROM access_methods m JOIN access_grants g ON g.id = m.access_grant_id
        """

    /// How long before its grant starts an access method not yet issued gets `delay_in_issuing`.
    static let issuingDelayWarningLead: Int64 = 3_600_000

    static func method(_ row: Row, workspaceID: String) -> JSONValue {
        let now: Int64 = row["now_ms"]
        let mode: String = row["mode"]
        let isIssued = (row["credential_count"] as Int) > 0 && (row["all_issued"] as Int? ?? 0) == 1
        let deletingSince: Int64? = row["deleting_since"]
        let updatingSince: Int64? = row["updating_since"]
        let createdAt: Int64 = row["created_at"]
        var warnings: [JSONValue] = []
        if let deletingSince { warnings.append(PendingChanges.beingDeletedWarning(since: deletingSince, noun: "access method")) }
        if let updatingSince {
            warnings.append(Problems.entry(code: "updating_access_times", message: "The access method's times are being updated.", createdAt: updatingSince))
        }
        if !isIssued && deletingSince == nil && (row["grant_starts_at"] as Int64) <= now + issuingDelayWarningLead {
            warnings.append(Problems.entry(code: "delay_in_issuing", message: "The access method is not issued yet and its access grant is about to start.",
                                           createdAt: max(createdAt, (row["grant_starts_at"] as Int64) - issuingDelayWarningLead)))
        }
        let status: String
        if deletingSince != nil { status = "Being deleted" }
        else if updatingSince != nil { status = "Updating access times" }
        else if isIssued { status = "Issued" }
        else if (row["credential_count"] as Int) == 0 { status = "Not issued" }
        else { status = "Issuing" }
        return .object([
            ("access_method_id", .string(row["id"])),
            ("code", mode == "code" ? .optionalString(row["credential_code"]) : .null),
            ("created_at", .timestamp(createdAt)),
            ("display_name", .string(row["display_name"])),
            ("display_status", .string(status)),
            ("errors", Problems.list(stored: row["problem_errors"])),
            ("is_issued", .bool(isIssued)),
            ("issued_at", .timestamp(isIssued ? row["last_issued_at"] : nil)),
            ("mode", .string(mode)),
            ("pending_mutations", Problems.list(stored: row["pending_mutations"])),
            ("warnings", Problems.list(derived: warnings, stored: row["problem_warnings"])),
            ("workspace_id", .string(workspaceID)),
        ])
    }
}
