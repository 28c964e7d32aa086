import GRDB

/// The `connected_account` object (spec `components.schemas.connected_account`): the Latch
/// login each building comes from, with its stored errors and warnings.
enum ConnectedAccountRecords {
    static let select = """
        SELECT ca.*, \(Problems.columns("ca.id")) FROM connected_accounts ca
        """

    static func account(_ row: Row, workspaceID: String) -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("accepted_capabilities", .strings(["access_control"])),
            ("account_type", .string("latch")),
            ("account_type_display_name", .string("Latch")),
            ("automatically_manage_new_devices", .bool(true)),
            ("connected_account_id", .string(row["id"])),
            ("created_at", .timestamp(row["created_at"])),
            ("custom_metadata", .object([])),
            ("display_name", .string(row["display_name"])),
            ("errors", Problems.list(stored: row["problem_errors"])),
            ("image_url", .string("https://connect.getseam.com/assets/images/logos/latch_logo_square.png")),
        ]
        if let email: String = row["account_email"] {
            pairs.append(("user_identifier", .object([("email", .string(email))])))
        }
        pairs.append(("warnings", Problems.list(stored: row["problem_warnings"])))
        return .object(pairs)
    }
}
