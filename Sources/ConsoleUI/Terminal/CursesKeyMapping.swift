import CNCurses
import ConsoleCore

/// Translates what `wget_wch` returns into `InputEvent`s. Kept apart from the terminal so the
/// table is easy to read and to test.
enum CursesKeyMapping {
    /// Key codes we define for bracketed paste start and end (`define_key`), above KEY_MAX.
    static let pasteStartCode: UInt32 = 0x3F0
    static let pasteEndCode: UInt32 = 0x3F1

    /// A character returned with status OK.
    static func character(_ value: UInt32) -> Key? {
        switch value {
        case 0x0D, 0x0A: return .enter
        case 0x09: return .tab
        case 0x1B: return .escape
        case 0x7F, 0x08: return .backspace
        case 0x01...0x1A: return .control(Character(Unicode.Scalar(UInt8(value + 0x60))))
        case 0x00, 0x1C...0x1F: return nil
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .character(Character(scalar))
        }
    }

    /// A key code returned with status KEY_CODE_YES (resize and mouse handled by the caller).
    static func keyCode(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME, KEY_A1: return .home
        case KEY_END, KEY_C1: return .end
        case KEY_PPAGE, KEY_A3: return .pageUp
        case KEY_NPAGE, KEY_C3: return .pageDown
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_IC: return .insert
        case KEY_BTAB: return .backTab
        default:
            let f1 = cncurses_key_f(1)
            if code >= f1 && code < f1 + 24 { return .function(Int(code - f1 + 1)) }
            return nil
        }
    }
}
