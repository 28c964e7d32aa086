/// The first sign that rows were changed after keydesk wrote them, naming the row in words
/// a person can act on ("row 17 was edited: its content no longer matches its hash").
public struct AuditTampering: Sendable, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable, Equatable {
        /// The row's content does not match its own hash.
        case edited
        /// The row's content matches its hash under another id.
        case renumbered
        /// The row repeats another row, hash and all, under a new id.
        case copied
        /// The row does not link to the row before it: rows between them were removed.
        case missing
        /// The row links to a row that another row already follows.
        case inserted
        /// The row links to a row with a higher id.
        case outOfOrder
        /// The row has no hash of the shape keydesk writes.
        case unhashed
    }

    /// The row named first in `description`.
    public let rowID: Int64
    public let kind: Kind
    public let description: String

    public init(rowID: Int64, kind: Kind, description: String) {
        self.rowID = rowID
        self.kind = kind
        self.description = description
    }
}
