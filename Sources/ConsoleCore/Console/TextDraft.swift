/// Text being typed into the `/` filter or the `:` command bar: edited by grapheme cluster,
/// with a cursor, so accented names and pasted text behave.
public struct TextDraft: Sendable, Equatable {
    public private(set) var text: String
    /// Cursor position in grapheme clusters.
    public private(set) var cursor: Int

    public init(_ text: String = "") {
        self.text = text
        self.cursor = text.count
    }

    /// Applies an editing key; returns false when the key is not an editing key.
    public mutating func apply(_ key: Key) -> Bool {
        switch key {
        case .character(let character):
            insert(String(character))
        case .backspace:
            guard cursor > 0 else { return true }
            let index = text.index(text.startIndex, offsetBy: cursor - 1)
            text.remove(at: index)
            cursor -= 1
        case .delete:
            guard cursor < text.count else { return true }
            text.remove(at: text.index(text.startIndex, offsetBy: cursor))
        case .left, .control("b"): cursor = max(cursor - 1, 0)
        case .right, .control("f"): cursor = min(cursor + 1, text.count)
        case .home, .control("a"): cursor = 0
        case .end, .control("e"): cursor = text.count
        case .control("u"):
            text.removeSubrange(text.startIndex..<text.index(text.startIndex, offsetBy: cursor))
            cursor = 0
        case .control("k"):
            text.removeSubrange(text.index(text.startIndex, offsetBy: cursor)...)
        default:
            return false
        }
        return true
    }

    /// Inserts text (typed or pasted) at the cursor; line breaks and other controls become spaces.
    public mutating func insert(_ piece: String) {
        let clean = String(piece.map { $0.isNewline || ($0.asciiValue.map { $0 < 0x20 || $0 == 0x7F } ?? false) ? " " : $0 })
        let index = text.index(text.startIndex, offsetBy: cursor)
        text.insert(contentsOf: clean, at: index)
        cursor += clean.count
    }
}
