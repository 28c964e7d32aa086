/// The current time in milliseconds as an SQL expression, for rendering SELECTs whose objects
/// depend on it (an access grant is "Upcoming" or "Active"), so renderers stay pure functions of a row.
enum SQLNow {
    static let millis = "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)"

    /// `strftime` of a millisecond column as Seam's ISO 8601 (`2026-01-02T03:04:05.678Z`).
    static func timestamp(_ column: String) -> String {
        "strftime('%Y-%m-%dT%H:%M:%fZ', \(column) / 1000.0, 'unixepoch')"
    }
}
