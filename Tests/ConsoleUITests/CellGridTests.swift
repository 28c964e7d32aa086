import Testing
@testable import ConsoleUI

@Suite struct CellGridTests {
    @Test func wideCharactersTakeTwoCells() {
        var grid = CellGrid(columns: 10, rows: 1)
        let used = grid.write("日本x", x: 0, y: 0)
        #expect(used == 5)
        #expect(grid[0, 0].width == 2 && grid[1, 0].isContinuation)
        #expect(grid.line(0) == "日本x")
    }

    @Test func overwritingHalfOfAWideCharacterBlanksTheOtherHalf() {
        var grid = CellGrid(columns: 6, rows: 1)
        grid.write("日本", x: 0, y: 0)
        grid.write("a", x: 1, y: 0)
        #expect(grid.line(0) == " a本")
        grid.write("b", x: 2, y: 0)
        #expect(grid.line(0) == " ab")
        #expect(!grid[3, 0].isContinuation)
    }

    @Test func wideCharacterAtTheRightEdgeIsNotSplit() {
        var grid = CellGrid(columns: 5, rows: 1)
        grid.write("abcd日", x: 0, y: 0)
        #expect(grid.line(0) == "abcd…")
        #expect(grid.write("日", x: 4, y: 0) == 0)
        var other = CellGrid(columns: 5, rows: 1)
        other.write("日", x: 4, y: 0, maxWidth: 2)
        #expect(other.line(0) == "")
    }

    @Test func writeClipsToMaxWidthWithEllipsis() {
        var grid = CellGrid(columns: 20, rows: 1)
        grid.write("Hello wonderful world", x: 2, y: 0, maxWidth: 8)
        #expect(grid.line(0) == "  Hello w…")
    }

    @Test func writesOutsideTheGridAreIgnored() {
        var grid = CellGrid(columns: 4, rows: 2)
        grid.write("x", x: 0, y: 5)
        grid.write("x", x: 9, y: 0)
        grid.fill(Rect(x: -3, y: -3, width: 100, height: 100), style: .reverse)
        #expect(grid.lines == ["", ""])
    }

    @Test func diffFindsOnlyChangedCells() {
        var a = CellGrid(columns: 10, rows: 3)
        a.write("hello", x: 0, y: 1)
        var b = a
        b.write("j", x: 0, y: 1)
        #expect(b.changedCellCount(since: a) == 1)
        #expect(b.changedRuns(since: a) == [CellGrid.ChangedRun(row: 1, startColumn: 0, endColumn: 1)])
        #expect(a.changedCellCount(since: nil) == 30)
        #expect(a.changedCellCount(since: CellGrid(columns: 9, rows: 3)) == 30)
    }

    @Test func diffIncludesBothHalvesOfAChangedWideCharacter() {
        var a = CellGrid(columns: 6, rows: 1)
        a.write("日本", x: 0, y: 0)
        var b = a
        b.write("本", x: 2, y: 0)
        #expect(b.changedCellCount(since: a) == 0)
        b.write("語", x: 2, y: 0)
        let runs = b.changedRuns(since: a)
        #expect(runs == [CellGrid.ChangedRun(row: 0, startColumn: 2, endColumn: 4)])
    }
}
