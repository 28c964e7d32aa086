public import ConsoleCore
import Foundation

/// Draws `:import` over the panes: the path field, the file's problems, the job's progress bar
/// (the same words as `keydesk import` prints), or the summary with the failed rows.
public struct ImportScreenView {
    public let screen: ImportScreenState
    public let now: Date

    public init(screen: ImportScreenState, now: Date) {
        self.screen = screen
        self.now = now
    }

    /// Draws into `rect` (the list area); returns where the hardware cursor belongs.
    @discardableResult
    public func render(into grid: inout CellGrid, in rect: Rect) -> CursorPlacement? {
        let box = rect
        guard box.width >= 20, box.height >= 6 else { return nil }
        Pane(title: "Import residents (move-in day)", focused: true).render(into: &grid, in: box)
        let x = box.x + 2
        let width = box.width - 4
        var y = box.y + 2
        func line(_ text: String, style: CellStyle = .plain) {
            for wrapped in DisplayText(text).wrapped(toWidth: max(1, width)) where y < box.maxY - 1 {
                grid.write(wrapped, x: x, y: y, maxWidth: width, style: style)
                y += 1
            }
        }
        switch screen.phase {
        case .askingPath:
            line("The residents file (CSV: email, full name, phone, building, entrances, starts, ends, method):")
            let field = TextField(label: "", draft: screen.path)
            let fieldRect = Rect(x: x, y: y + 1, width: width, height: 1)
            field.render(into: &grid, in: fieldRect)
            y += 3
            if let problem = screen.pathProblem { line("Error: " + problem, style: CellStyle(.bold, role: .error)) }
            line("Every row is checked before anything is sent; an interrupted import resumes when run again.", style: .dim)
            return field.cursorPlacement(in: fieldRect)
        case .checking:
            line("Reading and checking \(screen.path.text)…")
        case .refused(let problems):
            line("The file cannot be imported:", style: CellStyle(.bold, role: .error))
            for problem in problems { line(problem) }
        case .running(let tally):
            line(ImportProgressText.bar(tally, now: now, width: width))
        case .stopping(let tally):
            line(ImportProgressText.bar(tally, now: now, width: width))
            line("Stopping after the rows in flight…")
        case let .finished(summary, failures):
            line(summary, style: .bold)
            for failure in failures { line(failure, style: CellStyle([], role: .error)) }
        }
        return nil
    }
}
