/// One terminal cell: a grapheme cluster with its display width and style. A wide cluster
/// occupies two cells; the second is a continuation cell (width 0) so columns stay aligned.
public struct Cell: Hashable, Sendable {
    public var grapheme: Character
    /// 1 for a normal cell, 2 for the first half of a wide cluster, 0 for the second half.
    public var width: UInt8
    public var style: CellStyle

    public init(grapheme: Character, width: UInt8 = 1, style: CellStyle = .plain) {
        self.grapheme = grapheme
        self.width = width
        self.style = style
    }

    public static let blank = Cell(grapheme: " ")

    /// The second half of a wide character.
    public static func continuation(style: CellStyle) -> Cell {
        Cell(grapheme: " ", width: 0, style: style)
    }

    public var isContinuation: Bool { width == 0 }
}
