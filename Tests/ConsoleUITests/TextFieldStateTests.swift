import ConsoleCore
import Testing
@testable import ConsoleUI

@Suite struct TextFieldStateTests {
    @Test func insertsAndMovesByGrapheme() {
        var field = TextFieldState()
        for c in "Zoë日👩‍💻" { field.handle(.character(c)) }
        #expect(field.text == "Zoë日👩‍💻")
        #expect(field.cursor == 5)
        field.handle(.left)
        field.handle(.left)
        #expect(field.cursor == 3)
        field.handle(.backspace)
        #expect(field.text == "Zo日👩‍💻")
        field.handle(.delete)
        #expect(field.text == "Zo👩‍💻")
        field.handle(.end)
        field.handle(.backspace)
        #expect(field.text == "Zo")
    }

    @Test func combiningMarkTypedAfterALetterJoinsIt() {
        var field = TextFieldState(text: "Zoe")
        field.handle(.character(Character("\u{308}")))
        #expect(field.characters.count == 3)
        #expect(field.cursor == 3)
        field.handle(.backspace)
        #expect(field.text == "Zo")
    }

    @Test func homeEndAndEmacsKeys() {
        var field = TextFieldState(text: "hello world")
        field.handle(.home)
        #expect(field.cursor == 0)
        field.handle(.control("e"))
        #expect(field.cursor == 11)
        field.handle(.control("a"))
        field.handle(.right)
        field.handle(.right)
        field.handle(.control("k"))
        #expect(field.text == "he")
        field.setText("hello big world")
        field.handle(.control("w"))
        #expect(field.text == "hello big ")
        field.handle(.left)
        field.handle(.control("u"))
        #expect(field.text == " " && field.cursor == 0)
        let result1 = field.handle(.enter)
        #expect(!result1)
    }

    @Test func pasteInsertsAtTheCursorWithoutControlCharacters() {
        var field = TextFieldState(text: "ab")
        field.handle(.left)
        field.handle(InputEvent.paste("X\r\nY\u{1B}[31m\u{7}"))
        #expect(field.text == "aX  Y[31mb")
        #expect(field.cursor == 9)
    }

    @Test func maxLengthDropsWhatDoesNotFit() {
        var field = TextFieldState(text: "abc", maxLength: 4)
        field.handle(InputEvent.paste("xyz"))
        #expect(field.text == "abcx")
    }

    @Test func renderingScrollsToKeepTheCursorVisible() {
        let state = TextFieldState(text: "abcdefghijklmnopqrstuvwxyz")
        let field = TextField(label: "Name:", state: state)
        var grid = CellGrid(columns: 16, rows: 1)
        field.render(into: &grid, in: grid.bounds)
        #expect(grid.line(0) == "Name: rstuvwxyz")
        #expect(field.cursorPlacement(in: grid.bounds) == CursorPlacement(column: 15, row: 0, visible: true))
    }
}
