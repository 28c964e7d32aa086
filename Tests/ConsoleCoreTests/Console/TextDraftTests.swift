import ConsoleCore
import Testing

/// Editing by grapheme cluster, the Emacs keys, and what a paste may put in.
@Suite struct TextDraftTests {
    @Test func insertsAndMovesByGrapheme() {
        var field = TextDraft()
        for c in "Zoë日👩‍💻" { _ = field.apply(.character(c)) }
        #expect(field.text == "Zoë日👩‍💻")
        #expect(field.cursor == 5)
        _ = field.apply(.left)
        _ = field.apply(.left)
        #expect(field.cursor == 3)
        _ = field.apply(.backspace)
        #expect(field.text == "Zo日👩‍💻")
        _ = field.apply(.delete)
        #expect(field.text == "Zo👩‍💻")
        _ = field.apply(.end)
        _ = field.apply(.backspace)
        #expect(field.text == "Zo")
    }

    @Test func combiningMarkTypedAfterALetterJoinsIt() {
        var field = TextDraft("Zoe")
        _ = field.apply(.character(Character("\u{308}")))
        #expect(field.characters.count == 3)
        #expect(field.cursor == 3)
        _ = field.apply(.backspace)
        #expect(field.text == "Zo")
    }

    @Test func homeEndAndEmacsKeys() {
        var field = TextDraft("hello world")
        _ = field.apply(.home)
        #expect(field.cursor == 0)
        _ = field.apply(.control("e"))
        #expect(field.cursor == 11)
        _ = field.apply(.control("a"))
        _ = field.apply(.right)
        _ = field.apply(.right)
        _ = field.apply(.control("k"))
        #expect(field.text == "he")
        field = TextDraft("hello big world")
        _ = field.apply(.control("w"))
        #expect(field.text == "hello big ")
        _ = field.apply(.left)
        _ = field.apply(.control("u"))
        #expect(field.text == " " && field.cursor == 0)
        let handledEnter = field.apply(.enter)
        #expect(!handledEnter, "Enter is not an editing key")
    }

    @Test func pasteInsertsAtTheCursorWithoutControlCharacters() {
        var field = TextDraft("ab")
        _ = field.apply(.left)
        field.insert("X\r\nY\u{1B}[31m\u{7}")
        #expect(field.text == "aX  Y[31mb")
        #expect(field.cursor == 9)
    }
}
