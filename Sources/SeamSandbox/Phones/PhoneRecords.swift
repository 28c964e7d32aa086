import GRDB

/// The `phone` object of a row of `phones` (spec `components.schemas.phone`).
enum PhoneRecords {
    static let select = "SELECT ph.* FROM phones ph"

    static func displayName(_ row: Row) -> String {
        "\(row["manufacturer"] as String) \(row["model"] as String)"
    }

    static func phone(_ row: Row, workspaceID: String) -> JSONValue {
        .object([
            ("created_at", .timestamp(row["created_at"])),
            ("custom_metadata", .object([])),
            ("device_id", .string(row["id"])),
            ("device_type", .string(row["device_type"])),
            ("display_name", .string(displayName(row))),
            ("errors", .array([])),
            ("properties", .object([])),
            ("warnings", .array([])),
            ("workspace_id", .string(workspaceID)),
        ])
    }
}
