import ConsoleCore
import Testing
@testable import ConsoleUI

/// The one-line input widget: placeholder, horizontal scrolling and the hardware cursor.
@Suite struct TextFieldTests {
    @Test func scrollsToKeepTheCursorVisible() {
        let field = TextField(label: "Name:", draft: TextDraft("abcdefghijklmnopqrstuvwxyz"))
        var grid = CellGrid(columns: 16, rows: 1)
        field.render(into: &grid, in: grid.bounds)
        #expect(grid.line(0) == "Name: rstuvwxyz")
        #expect(field.cursorPlacement(in: grid.bounds) == CursorPlacement(column: 15, row: 0, visible: true))
    }

    @Test func theCursorSitsWhereLeftMovedItAfterWideCharacters() {
        var draft = TextDraft("山田太郎")
        _ = draft.apply(.left)
        let field = TextField(label: "", draft: draft)
        var grid = CellGrid(columns: 20, rows: 1)
        field.render(into: &grid, in: grid.bounds)
        #expect(field.cursorPlacement(in: grid.bounds)?.column == 6, "three wide characters before the cursor")
    }

    @Test func anEmptyFieldShowsItsPlaceholderAndAnUnfocusedOneNoCursor() {
        let field = TextField(label: "Phone", labelWidth: 8, draft: TextDraft(), placeholder: "optional", focused: false)
        var grid = CellGrid(columns: 24, rows: 1)
        field.render(into: &grid, in: grid.bounds)
        #expect(grid.line(0).hasPrefix("Phone   optional"))
        #expect(field.cursorPlacement(in: grid.bounds) == nil)
    }
}
