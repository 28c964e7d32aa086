import ConsoleCore
import Testing
@testable import ConsoleUI

@Suite struct InteractionTests {
    @Test func confirmDialogStartsOnCancel() {
        var state = ConfirmDialogState()
        #expect(state.focus == .cancel)
        let result1 = state.handle(.enter)
        #expect(result1 == .cancelled)
        state = ConfirmDialogState()
        let result2 = state.handle(.tab)
        #expect(result2 == nil)
        #expect(state.focus == .confirm)
        let result3 = state.handle(.enter)
        #expect(result3 == .confirmed)
        state = ConfirmDialogState()
        state.handle(.right)
        let result4 = state.handle(.escape)
        #expect(result4 == .cancelled)
        let result5 = state.handle(.character("y"))
        #expect(result5 == nil)
    }

    @Test func virtualTerminalCountsChangedCellsPerFrame() {
        let terminal = VirtualTerminal(columns: 80, rows: 24)
        var viewport = TableViewport(rowCount: 1000, visibleRows: 22)
        func frame() -> CellGrid {
            var grid = terminal.makeFrame()
            Table(columns: [TableColumn("Name"), TableColumn("Email")], rowCount: 1000, viewport: viewport) {
                [DisplayText("Resident \($0)"), DisplayText("r\($0)@example.com")]
            }.render(into: &grid, in: Rect(x: 0, y: 1, width: 80, height: 23))
            return grid
        }
        terminal.present(frame())
        #expect(terminal.lastChangedCells == 80 * 24)
        viewport.moveSelection(by: 1)
        terminal.present(frame())
        // Two rows change: the old selection loses reverse video, the new one gains it.
        #expect(terminal.lastChangedCells == 160)
        #expect(terminal.lastChangedCells * 10 <= 80 * 24)
        terminal.invalidate()
        terminal.present(frame())
        #expect(terminal.lastChangedCells == 80 * 24)
    }

    @Test func virtualTerminalScriptsEvents() {
        let terminal = VirtualTerminal()
        terminal.type("ab")
        terminal.press(.enter)
        terminal.resize(columns: 100, rows: 30)
        #expect(terminal.nextEvent(timeout: .zero) == .key(.character("a")))
        #expect(terminal.nextEvent(timeout: .zero) == .key(.character("b")))
        #expect(terminal.nextEvent(timeout: .zero) == .key(.enter))
        #expect(terminal.nextEvent(timeout: .zero) == .resize(columns: 100, rows: 30))
        #expect(terminal.nextEvent(timeout: .zero) == nil)
        #expect(terminal.makeFrame().size == TerminalSize(columns: 100, rows: 30))
    }
}
