import Testing
@testable import ConsoleUI

@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("a", 1), ("é", 1), ("e\u{301}", 1), ("日", 2), ("한", 2), ("Ａ", 2), ("🚪", 2),
        ("👩\u{200D}💻", 2), ("🇫🇷", 2), ("❤\u{FE0F}", 2), ("❤", 1), ("\u{301}", 0), ("\u{200B}", 0), (" ", 1),
    ])
    func clusterWidth(_ text: String, _ expected: Int) {
        #expect(DisplayWidth.of(Character(text)) == expected, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
    }

    @Test func stringWidth() {
        #expect(DisplayWidth.of("Zoë 日本語 ✓") == 12)
    }

    @Test func truncatesByDisplayWidthWithEllipsis() {
        #expect(DisplayText("Hello world").truncated(toWidth: 8).text == "Hello w…")
        #expect(DisplayText("Hello").truncated(toWidth: 5).text == "Hello")
        #expect(DisplayText("Hello").truncated(toWidth: 0).text == "")
    }

    @Test func truncationNeverCutsAWideCharacterOrACluster() {
        // 日本語 is 6 columns; in 4 columns with a 1-column ellipsis only 日 fits (2+1, not 2+2+1).
        let cut = DisplayText("日本語").truncated(toWidth: 4)
        #expect(cut.text == "日…")
        #expect(cut.width == 3)
        let accented = DisplayText("e\u{301}e\u{301}e\u{301}e\u{301}").truncated(toWidth: 3)
        #expect(accented.text == "e\u{301}e\u{301}…")
        let family = DisplayText("👩\u{200D}💻👩\u{200D}💻x").truncated(toWidth: 4)
        #expect(family.text == "👩\u{200D}💻…")
    }

    @Test func asciiEllipsis() {
        #expect(DisplayText("Hello world").truncated(toWidth: 6, ellipsis: Glyphs.ascii.ellipsis).text == "Hello~")
    }

    @Test func fittedPadsToExactWidth() {
        #expect(DisplayText("日本").fitted(toWidth: 6).text == "日本  ")
        #expect(DisplayText("42").fitted(toWidth: 5, alignment: .trailing).text == "   42")
        #expect(DisplayText("日本語").fitted(toWidth: 5).width == 5)
    }

    @Test func wrapsWords() {
        let lines = DisplayText("Issue a mobile key to Zoë Ñúñez for the Lobby entrance").wrapped(toWidth: 20).map(\.text)
        #expect(lines == ["Issue a mobile key", "to Zoë Ñúñez for the", "Lobby entrance"])
    }
}
