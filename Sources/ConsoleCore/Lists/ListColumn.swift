/// Describes one column of a list pane, so that the view-model (which knows the data) and the
/// table widget (which knows the screen) agree on titles, widths and alignment.
public struct ListColumn: Sendable, Equatable {
    /// How much horizontal room a column asks for.
    public enum Width: Sendable, Equatable {
        /// Exactly this many terminal cells.
        case fixed(Int)
        /// At least `min` cells; shares the room left over by fixed columns with other flexible ones.
        case flexible(min: Int, weight: Int)
    }

    /// Whether the text sits on the left or right of its column.
    public enum Alignment: Sendable, Equatable { case leading, trailing }

    public let title: String
    public let width: Width
    public let alignment: Alignment

    public init(_ title: String, width: Width, alignment: Alignment = .leading) {
        self.title = title
        self.width = width
        self.alignment = alignment
    }
}
