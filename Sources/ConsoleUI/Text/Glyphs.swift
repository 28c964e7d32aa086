/// The box-drawing, ellipsis, arrow and marker characters widgets draw with, in a Unicode set
/// and an ASCII set for terminals whose locale is not UTF-8 (PuTTY with Latin-1, `LANG=C`).
public struct Glyphs: Hashable, Sendable {
    public var horizontal: Character
    public var vertical: Character
    public var topLeft: Character
    public var topRight: Character
    public var bottomLeft: Character
    public var bottomRight: Character
    /// Border of the focused pane: heavier, so focus shows without colour.
    public var focusedHorizontal: Character
    public var focusedVertical: Character
    public var focusedTopLeft: Character
    public var focusedTopRight: Character
    public var focusedBottomLeft: Character
    public var focusedBottomRight: Character
    /// Marks text cut to fit its column.
    public var ellipsis: String
    public var sortAscending: Character
    public var sortDescending: Character
    /// Left of the selected table row.
    public var selectionMarker: Character
    /// Separates status bar segments.
    public var separator: Character
    /// Shown for something that cannot be displayed in this locale.
    public var replacement: Character

    /// Box drawing and symbols for UTF-8 terminals.
    public static let unicode = Glyphs(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
        focusedHorizontal: "━", focusedVertical: "┃", focusedTopLeft: "┏", focusedTopRight: "┓",
        focusedBottomLeft: "┗", focusedBottomRight: "┛",
        ellipsis: "…", sortAscending: "▲", sortDescending: "▼", selectionMarker: "▶", separator: "│",
        replacement: "\u{FFFD}"
    )

    /// Plain ASCII for non-UTF-8 locales.
    public static let ascii = Glyphs(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        focusedHorizontal: "=", focusedVertical: "#", focusedTopLeft: "#", focusedTopRight: "#",
        focusedBottomLeft: "#", focusedBottomRight: "#",
        ellipsis: "~", sortAscending: "^", sortDescending: "v", selectionMarker: ">", separator: "|",
        replacement: "?"
    )
}
