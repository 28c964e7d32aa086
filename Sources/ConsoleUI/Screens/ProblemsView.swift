public import ConsoleCore
import Foundation

/// Draws the problems view: each problem in words on one line (the level written out, never
/// shown by colour alone), what to do on the line under it, the selected one in reverse video.
struct ProblemsView: Widget {
    var problems: ProblemsState

    func render(into grid: inout CellGrid, in rect: Rect) {
        let pane = Pane(title: DisplayText("Problems · " + problems.summary), focused: true, detail: "of the rows loaded")
        pane.render(into: &grid, in: rect)
        let inner = pane.contentRect(in: rect)
        guard inner.height >= 2 else { return }
        let x = inner.x + 1
        let width = inner.width - 1
        guard !problems.entries.isEmpty else {
            grid.write("Nothing loaded has an error or a warning.", x: x, y: inner.y, maxWidth: width, style: .dim)
            return
        }
        // Each problem: its line, then what to do, wrapped under it; the selected one stays in view.
        let blocks = problems.entries.enumerated().map { index, entry in lines(entry, selected: index == problems.cursor, width: width) }
        var first = 0
        while first < problems.cursor,
              blocks[first...problems.cursor].reduce(0, { $0 + $1.count }) > inner.height { first += 1 }
        var y = inner.y
        for block in blocks.dropFirst(first) {
            for (text, style) in block {
                guard y < inner.maxY else { return }
                grid.write(text, x: x, y: y, maxWidth: width, style: style)
                y += 1
            }
        }
    }

    /// One problem as lines: the level written out, what and where, then the advice wrapped.
    private func lines(_ entry: ProblemsState.Entry, selected: Bool, width: Int) -> [(DisplayText, CellStyle)] {
        let isError = entry.problem.severity == .error
        let level = isError ? "ERROR  " : "WARNING"
        let head = DisplayText("\(level) \(entry.kind.padding(toLength: 8, withPad: " ", startingAt: 0)) \(entry.name): \(entry.problem.words)")
        var style = CellStyle(isError ? .bold : [], role: isError ? .error : .warning)
        if selected { style = style.adding(.reverse) }
        let indent = 8
        let advice = DisplayText(entry.problem.advice).wrapped(toWidth: max(width - indent, 10))
            .map { (DisplayText(String(repeating: " ", count: indent)) + $0, CellStyle.dim) }
        return [(head.truncated(toWidth: width), style)] + advice
    }
}
