public import ConsoleCore

/// The text and cursor of a one-line input, edited by grapheme cluster so the cursor never
/// lands inside "é" or "👩‍💻". Keys: Left/Right, Home/End, Ctrl-A/Ctrl-E, Backspace/Delete,
/// Ctrl-U (delete to start), Ctrl-K (delete to end), Ctrl-W (delete word), and paste.
/// Control characters are never inserted (newlines and tabs from a paste become spaces).
public struct TextFieldState: Hashable, Sendable {
    public private(set) var characters: [Character]
    /// Cursor position in grapheme clusters, 0...characters.count.
    public private(set) var cursor: Int
    /// Longest text accepted, in grapheme clusters (nil: unlimited).
    public var maxLength: Int?

    public init(text: String = "", maxLength: Int? = nil) {
        self.characters = Array(text)
        self.cursor = characters.count
        self.maxLength = maxLength
    }

    public var text: String { String(characters) }
    public var isEmpty: Bool { characters.isEmpty }

    /// Replaces the whole text, cursor at the end.
    public mutating func setText(_ text: String) {
        characters = Array(text)
        cursor = characters.count
    }

    /// Applies an editing key or a paste; returns false for events it does not handle.
    @discardableResult
    public mutating func handle(_ event: InputEvent) -> Bool {
        switch event {
        case .paste(let text): insert(text); return true
        case .key(let key): return handle(key)
        default: return false
        }
    }

    /// Applies an editing key; returns false for keys it does not handle.
    @discardableResult
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .character(let c): insert(String(c))
        case .left, .control("b"): cursor = max(0, cursor - 1)
        case .right, .control("f"): cursor = min(characters.count, cursor + 1)
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

    /// Inserts text at the cursor, dropping control characters; a combining mark typed after
    /// a letter joins that letter's grapheme cluster.
    public mutating func insert(_ text: String) {
        var clean = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A, 0x0D, 0x09: clean.append(" ")
            case 0x00...0x1F, 0x7F...0x9F: continue
            default: clean.append(scalar)
            }
        }
        guard !clean.isEmpty else { return }
        let before = String(characters[..<cursor]) + String(clean)
        let after = String(characters[cursor...])
        var combined = Array(before + after)
        var newCursor = Array(before).count
        if let maxLength, combined.count > maxLength {
            let overflow = combined.count - maxLength
            let removeEnd = min(newCursor, combined.count)
            let removeStart = max(0, removeEnd - overflow)
            combined.removeSubrange(removeStart..<removeEnd)
            newCursor = removeStart
        }
        characters = combined
        cursor = min(newCursor, characters.count)
    }
}
