import Testing
@testable import ConsoleUI

@Suite struct SanitizerTests {
    @Test(arguments: [
        ("plain ASCII", "Jane Doe", "Jane Doe"),
        ("accents kept", "Zoë Ñúñez", "Zoë Ñúñez"),
        ("CJK kept", "山田太郎", "山田太郎"),
        ("emoji kept", "Door 🚪", "Door 🚪"),
        ("ZWJ emoji kept", "👩\u{200D}💻 dev", "👩\u{200D}💻 dev"),
        ("carriage return", "SAFE NAME\rEVIL", "SAFE NAME^MEVIL"),
        ("backspaces", "abc\u{8}\u{8}X", "abc^H^HX"),
        ("newline", "line1\nline2", "line1^Jline2"),
        ("tab", "a\tb", "a^Ib"),
        ("NUL", "a\u{0}b", "a^@b"),
        ("CSI colour", "\u{1B}[31mred", "^[[31mred"),
        ("OSC title with BEL", "\u{1B}]0;pwned\u{7}x", "^[]0;pwned^Gx"),
        ("DEL", "a\u{7F}b", "a^?b"),
        ("C1 CSI", "a\u{9B}31mb", "a\u{FFFD}31mb"),
        ("C1 NEL", "a\u{85}b", "a\u{FFFD}b"),
        ("RLO override", "user\u{202E}fdp.exe", "user\u{FFFD}fdp.exe"),
        ("LRE PDF", "\u{202A}x\u{202C}", "\u{FFFD}x\u{FFFD}"),
        ("isolates", "\u{2066}a\u{2069}\u{2067}\u{2068}", "\u{FFFD}a\u{FFFD}\u{FFFD}\u{FFFD}"),
        ("LRM RLM ALM", "a\u{200E}b\u{200F}c\u{061C}d", "a\u{FFFD}b\u{FFFD}c\u{FFFD}d"),
        ("zero-width space removed", "ad\u{200B}min", "admin"),
        ("word joiner and BOM removed", "\u{FEFF}ad\u{2060}min", "admin"),
        ("soft hyphen removed", "ad\u{AD}min", "admin"),
        ("ZWJ between letters removed", "ad\u{200D}min", "admin"),
        ("line separator", "a\u{2028}b", "a\u{FFFD}b"),
        ("no-break space becomes space", "a\u{A0}b", "a b"),
        ("lone combining mark", "\u{301}abc", "\u{FFFD}abc"),
        ("private use", "a\u{E000}b", "a\u{FFFD}b"),
        ("tag characters removed", "a\u{E0041}b", "ab"),
    ])
    func sanitizes(_ name: String, _ input: String, _ expected: String) {
        #expect(DisplayText(input).text == expected, "\(name)")
    }

    @Test func sanitizedTextNeverContainsControlOrBidiScalars() {
        var hostile = ""
        for v in UInt32(0)...0x9F { hostile.unicodeScalars.append(Unicode.Scalar(v)!) }
        hostile += "\u{202A}\u{202B}\u{202C}\u{202D}\u{202E}\u{2066}\u{2067}\u{2068}\u{2069}\u{200E}\u{200F}\u{061C}\u{200B}"
        let text = DisplayText(hostile).text
        for scalar in text.unicodeScalars {
            #expect(!(scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)), "control \(scalar.value) survived")
            #expect(!(0x202A...0x202E).contains(scalar.value) && !(0x2066...0x2069).contains(scalar.value))
            #expect(![0x200E, 0x200F, 0x061C, 0x200B].contains(scalar.value))
        }
    }

    @Test func widthCountsPlaceholders() {
        #expect(DisplayText("a\rb").width == 4)
        #expect(DisplayText("日本").width == 4)
    }
}
