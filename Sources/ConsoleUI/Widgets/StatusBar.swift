/// The one-line bar at the top or bottom of the screen: context on the left (mode, building,
/// breadcrumbs), facts on the right (size, counts). Drawn in reverse video.
public struct StatusBar: Widget {
    public var left: [DisplayText]
    public var right: [DisplayText]

    public init(left: [DisplayText], right: [DisplayText] = []) {
        self.left = left
        self.right = right
    }

    public func render(into grid: inout CellGrid, in rect: Rect) {
        guard !rect.isEmpty else { return }
        let line = Rect(x: rect.x, y: rect.y, width: rect.width, height: 1)
        grid.fill(line, style: .reverse)
        let separator = DisplayText(" \(grid.glyphs.separator) ")
        let rightText = right.isEmpty ? DisplayText.empty : right.dropFirst().reduce(right[0]) { $0 + separator + $1 }
        let leftText = left.isEmpty ? DisplayText.empty : left.dropFirst().reduce(left[0]) { $0 + separator + $1 }
        var rightWidth = 0
        if !rightText.isEmpty && rightText.width + 2 < rect.width {
            rightWidth = rightText.width + 1
            grid.write(rightText, x: rect.maxX - rightWidth, y: rect.y, style: .reverse)
        }
        let leftSpace = rect.width - rightWidth - 2
        if leftSpace > 0 {
            grid.write(leftText, x: rect.x + 1, y: rect.y, maxWidth: leftSpace, style: CellStyle([.reverse, .bold]))
        }
    }
}
