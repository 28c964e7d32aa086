/// One key the user pressed, independent of the terminal backend, so that key bindings,
/// reducers and tests speak about keys without knowing ncurses codes.
public enum Key: Hashable, Sendable {
    /// A printable character (a whole grapheme cluster), e.g. `j`, `/`, `é`.
    case character(Character)
    /// Ctrl plus a letter, always stored in lowercase: Ctrl-L is `.control("l")`.
    case control(Character)
    case up, down, left, right
    case home, end, pageUp, pageDown
    case enter, escape, tab, backTab
    case backspace, delete, insert
    /// A function key, F1 is `.function(1)`.
    case function(Int)
}

extension Key {
    /// A short, ASCII-only name used in the footer, the help overlay and config files:
    /// `j`, `Enter`, `Esc`, `Ctrl-L`, `Up`, `PgDn`, `F1`, `Space`.
    public var displayName: String {
        switch self {
        case .character(" "): return "Space"
        case .character(let c): return String(c)
        case .control(let c): return "Ctrl-\(c.uppercased())"
        case .up: return "Up"
        case .down: return "Down"
        case .left: return "Left"
        case .right: return "Right"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return "Backspace"
        case .delete: return "Del"
        case .insert: return "Ins"
        case .function(let n): return "F\(n)"
        }
    }

    /// Parses the names `displayName` produces (case-insensitive for named keys), so that a
    /// keymap in a config file can say `ctrl-r`, `enter`, `pgdn` or `k`. Returns nil otherwise.
    public init?(name: String) {
        let lower = name.lowercased()
        let named: [String: Key] = [
            "space": .character(" "), "up": .up, "down": .down, "left": .left, "right": .right,
            "home": .home, "end": .end, "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown,
            "pagedown": .pageDown, "enter": .enter, "return": .enter, "esc": .escape,
            "escape": .escape, "tab": .tab, "shift-tab": .backTab, "backtab": .backTab,
            "backspace": .backspace, "del": .delete, "delete": .delete, "ins": .insert,
            "insert": .insert,
        ]
        if name.count == 1, let c = name.first {
            self = .character(c)
        } else if let key = named[lower] {
            self = key
        } else if lower.hasPrefix("ctrl-"), lower.count == 6, let c = lower.last, c.isLetter, c.isASCII {
            self = .control(c)
        } else if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...24).contains(n) {
            self = .function(n)
        } else {
            return nil
        }
    }
}
