/// How serious a flash message is. Each level has a text prefix, so the level is readable
/// without colour.
public enum FlashLevel: Hashable, Sendable {
    case info, warning, error

    public var prefix: DisplayText {
        switch self {
        case .info: return "INFO"
        case .warning: return "WARN"
        case .error: return "ERROR"
        }
    }

    var role: ColorRole {
        switch self {
        case .info: return .info
        case .warning: return .warning
        case .error: return .error
        }
    }
}

/// A one-line message for the flash area.
public struct FlashMessage: Hashable, Sendable {
    public var level: FlashLevel
    public var text: DisplayText
    public init(_ level: FlashLevel, _ text: DisplayText) {
        self.level = level
        self.text = text
    }
}

/// Draws a flash message: "ERROR: text", prefix in bold and the level's colour.
public struct FlashLine: Widget {
    public var message: FlashMessage?

    public init(message: FlashMessage?) {
        self.message = message
    }

    public func render(into grid: inout CellGrid, in rect: Rect) {
        guard !rect.isEmpty else { return }
        grid.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1))
        guard let message else { return }
        let prefix = message.level.prefix + DisplayText(":")
        let used = grid.write(prefix, x: rect.x, y: rect.y, maxWidth: rect.width, style: CellStyle(.bold, role: message.level.role))
        grid.write(message.text, x: rect.x + used + 1, y: rect.y, maxWidth: rect.width - used - 1, style: CellStyle(role: message.level.role))
    }
}
