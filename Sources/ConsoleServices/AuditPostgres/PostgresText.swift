import ConsoleCore
import Foundation

/// PostgreSQL text cannot hold the NUL character, which a hostile API answer could put in an
/// error message. Entries are stored with each NUL as U+2400 (SYMBOL FOR NULL) and hashed as
/// stored, so the row still verifies and a reader still sees where the NUL was.
enum PostgresText {
    static func storable(_ entry: AuditEntry) -> AuditEntry {
        var entry = entry
        for path in [\AuditEntry.host, \.osUser, \.endpoint, \.action] { entry[keyPath: path] = storable(entry[keyPath: path]) }
        for path in [\AuditEntry.sshClientAddress, \.profile, \.detail, \.errorMessage, \.seamRequestID] {
            entry[keyPath: path] = entry[keyPath: path].map(storable)
        }
        entry.resourceIDs = entry.resourceIDs.map(storable)
        return entry
    }

    static func storable(_ text: String) -> String {
        text.contains("\u{0}") ? text.replacingOccurrences(of: "\u{0}", with: "\u{2400}") : text
    }
}
