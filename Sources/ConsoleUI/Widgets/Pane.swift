/// A bordered box with a title, for each list or detail area. The focused pane has a heavy
/// border (`━`, or `=` in ASCII) and a bold title, so focus shows without colour.
public struct Pane: Widget {
    public var title: DisplayText
    public var focused: Bool
    /// Optional text at the right of the top border, e.g. "12/340".
    public var detail: DisplayText?

    public init(title: DisplayText, focused: Bool = false, detail: DisplayText? = nil) {
        self.title = title
        self.focused = focused
        self.detail = detail
    }

    /// The inside of the border.
    public func contentRect(in rect: Rect) -> Rect { rect.inset(by: 1) }

    public func render(into grid: inout CellGrid, in rect: Rect) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let g = grid.glyphs
        let h = focused ? g.focusedHorizontal : g.horizontal
        let v = focused ? g.focusedVertical : g.vertical
        let border: CellStyle = focused ? .bold : .plain
        grid.fill(rect)
        grid.repeatCharacter(focused ? g.focusedTopLeft : g.topLeft, x: rect.x, y: rect.y, count: 1, style: border)
        grid.repeatCharacter(h, x: rect.x + 1, y: rect.y, count: rect.width - 2, style: border)
        grid.repeatCharacter(focused ? g.focusedTopRight : g.topRight, x: rect.maxX - 1, y: rect.y, count: 1, style: border)
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            grid.repeatCharacter(v, x: rect.x, y: y, count: 1, style: border)
            grid.repeatCharacter(v, x: rect.maxX - 1, y: y, count: 1, style: border)
        }
        grid.repeatCharacter(focused ? g.focusedBottomLeft : g.bottomLeft, x: rect.x, y: rect.maxY - 1, count: 1, style: border)
        grid.repeatCharacter(h, x: rect.x + 1, y: rect.maxY - 1, count: rect.width - 2, style: border)
        grid.repeatCharacter(focused ? g.focusedBottomRight : g.bottomRight, x: rect.maxX - 1, y: rect.maxY - 1, count: 1, style: border)
        // " detail " at the right, then " title " at the left in what remains.
        var rightLimit = rect.maxX - 2
        if let detail, !detail.isEmpty, rect.width > 12 {
            let text = DisplayText(" ") + detail.truncated(toWidth: rect.width / 2, ellipsis: g.ellipsis) + DisplayText(" ")
            let x = rect.maxX - 2 - text.width
            grid.write(text, x: x, y: rect.y, style: border)
            rightLimit = x - 1
        }
        let titleSpace = rightLimit - (rect.x + 2)
        if titleSpace > 2 {
            let text = DisplayText(" ") + title.truncated(toWidth: titleSpace - 2, ellipsis: g.ellipsis) + DisplayText(" ")
            grid.write(text, x: rect.x + 2, y: rect.y, maxWidth: titleSpace, style: focused ? CellStyle(.bold, role: .accent) : .plain)
        }
    }
}
