public import ConsoleCore

/// A wall-clock date and time as typed (no time zone: the wizard interprets it in the
/// building's time zone).
public struct DateTimeValue: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int
    public var hour: Int
    public var minute: Int

    public init(year: Int, month: Int, day: Int, hour: Int, minute: Int) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
    }

    public static func < (a: DateTimeValue, b: DateTimeValue) -> Bool {
        (a.year, a.month, a.day, a.hour, a.minute) < (b.year, b.month, b.day, b.hour, b.minute)
    }

    /// "YYYY-MM-DD HH:MM".
    public var description: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2)) \(pad(hour, 2)):\(pad(minute, 2))"
    }

    /// Days in a month of the proleptic Gregorian calendar.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

/// What the date-time field holds so far.
public enum DateTimeValidation: Hashable, Sendable {
    /// Nothing typed.
    case empty
    /// A correct beginning; more to type.
    case incomplete
    /// Something typed cannot become a valid date-time; the message says what.
    case invalid(String)
    /// A complete, valid date-time.
    case valid(DateTimeValue)

    public var value: DateTimeValue? {
        if case .valid(let v) = self { return v }
        return nil
    }
}

/// Validation of "YYYY-MM-DD HH:MM" as it is typed, so the error appears at the first
/// wrong character rather than on submit.
public enum DateTimeFormat {
    public static let pattern = Array("YYYY-MM-DD HH:MM")

    public static func validate(_ text: String) -> DateTimeValidation {
        let chars = Array(text)
        if chars.isEmpty { return .empty }
        if chars.count > pattern.count { return .invalid("too long: use YYYY-MM-DD HH:MM") }
        for (i, c) in chars.enumerated() {
            let expected = pattern[i]
            if expected.isLetter {
                if !(c.isASCII && c.isNumber) { return .invalid("expected a digit at position \(i + 1) (YYYY-MM-DD HH:MM)") }
            } else if c != expected {
                return .invalid("expected '\(expected)' at position \(i + 1) (YYYY-MM-DD HH:MM)")
            }
        }
        func number(_ range: Range<Int>) -> Int? {
            guard chars.count >= range.upperBound else { return nil }
            return Int(String(chars[range]))
        }
        func digit(_ i: Int) -> Int? { chars.count > i ? chars[i].wholeNumberValue : nil }
        if let d = digit(5), d > 1 { return .invalid("month must be 01-12") }
        if let month = number(5..<7), !(1...12).contains(month) { return .invalid("month must be 01-12") }
        if let d = digit(8), d > 3 { return .invalid("day must be 01-31") }
        if let day = number(8..<10) {
            let year = number(0..<4) ?? 2000
            let month = number(5..<7) ?? 1
            let days = DateTimeValue.daysIn(month: month, year: year)
            if day < 1 || day > days { return .invalid("day must be 01-\(days) in \(DateTimeValue(year: year, month: month, day: 1, hour: 0, minute: 0).description.prefix(7))") }
        }
        if let d = digit(11), d > 2 { return .invalid("hour must be 00-23") }
        if let hour = number(11..<13), hour > 23 { return .invalid("hour must be 00-23") }
        if let d = digit(14), d > 5 { return .invalid("minute must be 00-59") }
        guard chars.count == pattern.count,
              let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
              let hour = number(11..<13), let minute = number(14..<16) else { return .incomplete }
        return .valid(DateTimeValue(year: year, month: month, day: day, hour: hour, minute: minute))
    }
}

/// The state of a date-time input: a text field that accepts digits and separators, inserts
/// the separator for you when you type a digit where `-`, ` ` or `:` belongs, and validates
/// on every keystroke.
public struct DateTimeFieldState: Hashable, Sendable {
    public private(set) var field: TextFieldState
    public private(set) var validation: DateTimeValidation

    public init(text: String = "") {
        self.field = TextFieldState(text: text, maxLength: DateTimeFormat.pattern.count)
        self.validation = DateTimeFormat.validate(text)
    }

    public init(value: DateTimeValue) {
        self.init(text: value.description)
    }

    public var text: String { field.text }

    @discardableResult
    public mutating func handle(_ event: InputEvent) -> Bool {
        switch event {
        case .key(.character(let c)):
            guard c.isASCII && (c.isNumber || "-: ".contains(c)) else { return true }
            if c.isNumber && field.cursor == field.characters.count {
                let position = field.characters.count
                if position < DateTimeFormat.pattern.count, !DateTimeFormat.pattern[position].isLetter {
                    field.insert(String(DateTimeFormat.pattern[position]))
                }
            }
            field.insert(String(c))
        case .paste(let text):
            field.insert(text)
        case .key(let key):
            guard field.handle(key) else { return false }
        default:
            return false
        }
        validation = DateTimeFormat.validate(field.text)
        return true
    }
}

/// Draws a date-time field on two rows: the labelled input, then either the error
/// ("ERROR: month must be 01-12") or the expected format.
public struct DateTimeField: Widget {
    public var label: DisplayText
    public var state: DateTimeFieldState
    public var focused: Bool

    public init(label: DisplayText, state: DateTimeFieldState, focused: Bool = true) {
        self.label = label
        self.state = state
        self.focused = focused
    }

    private var textField: TextField {
        TextField(label: label, state: state.field, placeholder: "YYYY-MM-DD HH:MM", focused: focused)
    }

    public func render(into grid: inout CellGrid, in rect: Rect) {
        guard !rect.isEmpty else { return }
        let inputWidth = min(rect.width, label.width + 1 + DateTimeFormat.pattern.count + 1)
        textField.render(into: &grid, in: Rect(x: rect.x, y: rect.y, width: inputWidth, height: 1))
        guard rect.height > 1 else { return }
        let hintY = rect.y + 1
        grid.fill(Rect(x: rect.x, y: hintY, width: rect.width, height: 1))
        let x = rect.x + label.width + 1
        switch state.validation {
        case .invalid(let message):
            FlashLine(message: FlashMessage(.error, DisplayText(message))).render(into: &grid, in: Rect(x: x, y: hintY, width: rect.maxX - x, height: 1))
        case .valid:
            grid.write("OK", x: x, y: hintY, maxWidth: rect.maxX - x, style: CellStyle(.bold, role: .success))
        case .empty, .incomplete:
            grid.write("format YYYY-MM-DD HH:MM", x: x, y: hintY, maxWidth: rect.maxX - x, style: .dim)
        }
    }

    public func cursorPlacement(in rect: Rect) -> CursorPlacement? {
        let inputWidth = min(rect.width, label.width + 1 + DateTimeFormat.pattern.count + 1)
        return textField.cursorPlacement(in: Rect(x: rect.x, y: rect.y, width: inputWidth, height: 1))
    }
}
