import ConsoleCore
import Testing
@testable import ConsoleUI

@Suite struct TableTests {
    @Test func viewportScrollsToKeepTheSelectionVisible() {
        var viewport = TableViewport(rowCount: 100, visibleRows: 10)
        #expect(viewport.visibleRange == 0..<10)
        viewport.moveSelection(by: 9)
        #expect(viewport.visibleRange == 0..<10)
        viewport.moveSelection(by: 1)
        #expect(viewport.selectedIndex == 10)
        #expect(viewport.visibleRange == 1..<11)
        let result1 = viewport.handle(.pageDown)
        #expect(result1)
        #expect(viewport.selectedIndex == 20 && viewport.visibleRange == 11..<21)
        let result2 = viewport.handle(.character("G"))
        #expect(result2)
        #expect(viewport.selectedIndex == 99 && viewport.visibleRange == 90..<100)
        let result3 = viewport.handle(.character("k"))
        #expect(result3)
        #expect(viewport.selectedIndex == 98 && viewport.visibleRange == 90..<100)
        let result4 = viewport.handle(.home)
        #expect(result4)
        #expect(viewport.selectedIndex == 0 && viewport.visibleRange == 0..<10)
        let result5 = viewport.handle(.up)
        #expect(result5)
        #expect(viewport.selectedIndex == 0)
        let result6 = viewport.handle(.character("x"))
        #expect(!result6)
        #expect(viewport.positionText == "1/100")
    }

    @Test func viewportClampsWhenRowsShrinkOrTheWindowGrows() {
        var viewport = TableViewport(rowCount: 100, visibleRows: 10, selectedIndex: 95)
        viewport.update(rowCount: 50, visibleRows: 10)
        #expect(viewport.selectedIndex == 49 && viewport.visibleRange == 40..<50)
        viewport.update(rowCount: 50, visibleRows: 30)
        #expect(viewport.visibleRange == 20..<50)
        viewport.update(rowCount: 0, visibleRows: 30)
        #expect(viewport.selectedIndex == nil && viewport.positionText == "0/0")
    }

    @Test func renderingAsksOnlyForVisibleRows() {
        final class Counter: @unchecked Sendable { var calls: Set<Int> = [] }
        let counter = Counter()
        let viewport = TableViewport(rowCount: 100_000, visibleRows: 20, selectedIndex: 50_000)
        let table = Table(columns: [TableColumn("Name")], rowCount: 100_000, viewport: viewport) { index in
            counter.calls.insert(index)
            return [DisplayText("row \(index)")]
        }
        var grid = CellGrid(columns: 80, rows: 21)
        table.render(into: &grid, in: grid.bounds)
        #expect(counter.calls.count == 20)
        #expect(counter.calls.contains(50_000))
        #expect(grid.lines[20].contains("row 50000"))
    }

    @Test func columnWidthsShareTheSpace() {
        let widths = Table.columnWidths([
            TableColumn("Id", width: .fixed(8)), TableColumn("Name", width: .flexible(minimum: 4, weight: 2)),
            TableColumn("Email", width: .flexible(minimum: 4, weight: 1)),
        ], totalWidth: 80)
        #expect(widths.reduce(0, +) + Table.gutter + 2 * Table.columnGap == 80)
        #expect(widths[0] == 8 && widths[1] > widths[2])
    }

    @Test func cursorSitsOnTheSelectedRow() {
        let viewport = TableViewport(rowCount: 50, visibleRows: 5, selectedIndex: 7)
        let table = Table(columns: [TableColumn("N")], rows: (0..<50).map { [DisplayText("\($0)")] }, viewport: viewport)
        let cursor = table.cursorPlacement(in: Rect(x: 1, y: 1, width: 20, height: 6))
        #expect(cursor == CursorPlacement(column: 1, row: 6, visible: false))
    }
}
