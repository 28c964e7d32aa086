/// An entry as stored, with the row id the log gave it (ids grow with insertion order).
/// A row whose stored values could not all be read (a NULL where text belongs, a number, bytes
/// that are not UTF-8, a time that does not parse) still reads, with what could be read and
/// one `AuditDamage` per unreadable column, so no reader stops at it.
public struct AuditRecord: Sendable, Equatable, Identifiable {
    public let id: Int64
    public let entry: AuditEntry
    /// Empty for a sound row.
    public let damage: [AuditDamage]

    public init(id: Int64, entry: AuditEntry, damage: [AuditDamage] = []) {
        self.id = id
        self.entry = entry
        self.damage = damage
    }

    public var isDamaged: Bool { !damage.isEmpty }

    /// Whether the stored column named `column` ("time", "os_user", ...) could not be read.
    public func isDamaged(_ column: String) -> Bool {
        damage.contains { $0.column == column }
    }
}

/// One column of a stored row that could not be read as keydesk writes it.
public struct AuditDamage: Sendable, Equatable, CustomStringConvertible {
    /// The stored column's name ("time").
    public let column: String
    /// What is wrong with it ("is not a valid time").
    public let problem: String

    public init(column: String, problem: String) {
        self.column = column
        self.problem = problem
    }

    public var description: String { "\(column) \(problem)" }
}
