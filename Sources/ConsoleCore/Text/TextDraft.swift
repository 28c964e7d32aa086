/// Text being typed into a field, the `/` filter or the `:` command bar: edited by grapheme
/// cluster, so the cursor never lands inside "é" or "👩‍💻", and accented names and pasted text
/// behave. Keys: Left/Right, Home/End, Ctrl-A/E/B/F, Backspace/Ctrl-H, Delete/Ctrl-D, Ctrl-U
/// (delete to start), Ctrl-K (delete to end), Ctrl-W (delete the word before the cursor).
/// Control characters never get in: line breaks and tabs from a paste become spaces.
public struct TextDraft: Sendable, Hashable {
    public private(set) var characters: [Character]
    /// Cursor position in grapheme clusters, `0...characters.count`.
    public private(set) var cursor: Int

    public init(_ text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    public var text: String { String(characters) }
    public var isEmpty: Bool { characters.isEmpty }

    /// Applies an editing key; returns false when the key is not an editing key.
    public mutating func apply(_ key: Key) -> Bool {
        switch key {
        case .character(let character): insert(String(character))
        case .left, .control("b"): cursor = max(cursor - 1, 0)
        case .right, .control("f"): cursor = min(cursor + 1, characters.count)
        case .home, .control("a"): cursor = 0
        case .end, .control("e"): cursor = characters.count
        case .backspace, .control("h"):
            guard cursor > 0 else { return true }
            characters.remove(at: cursor - 1)
            cursor -= 1
        case .delete, .control("d"):
            guard cursor < characters.count else { return true }
            characters.remove(at: cursor)
        case .control("u"):
            characters.removeSubrange(0..<cursor)
            cursor = 0
        case .control("k"):
            characters.removeSubrange(cursor...)
        case .control("w"):
            var start = cursor
            while start > 0 && characters[start - 1] == " " { start -= 1 }
            while start > 0 && characters[start - 1] != " " { start -= 1 }
            characters.removeSubrange(start..<cursor)
            cursor = start
        default:
            return false
        }
        return true
    }

    /// Inserts text (typed or pasted) at the cursor. C0 and C1 controls are dropped (line breaks
    /// and tabs become spaces); a combining mark typed after a letter joins that letter.
    public mutating func insert(_ piece: String) {
        var clean = String.UnicodeScalarView()
        for scalar in piece.unicodeScalars {
            switch scalar.value {
            case 0x0A, 0x0D, 0x09: clean.append(" ")
            case 0x00...0x1F, 0x7F...0x9F: continue
            default: clean.append(scalar)
            }
        }
        guard !clean.isEmpty else { return }
        let before = String(characters[..<cursor]) + String(clean)
        characters = Array(before + String(characters[cursor...]))
        cursor = min(before.count, characters.count)
    }
}
