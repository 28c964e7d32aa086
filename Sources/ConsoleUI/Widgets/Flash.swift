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

/// The flash message currently shown and when it expires. Time is passed in (from an
/// injected clock), so tests decide when a message clears without sleeping.
public struct FlashState<Instant: InstantProtocol>: Sendable where Instant.Duration == Duration {
    /// How long a message stays (k9s uses 6 s).
    public var lifetime: Duration
    public private(set) var message: FlashMessage?
    public private(set) var expiresAt: Instant?

    public init(lifetime: Duration = .seconds(6)) {
        self.lifetime = lifetime
    }

    /// Shows a message from `now` for `lifetime`, replacing any current one.
    public mutating func post(_ message: FlashMessage, at now: Instant) {
        self.message = message
        self.expiresAt = now.advanced(by: lifetime)
    }

    /// The message to show at `now`, nil once it expired.
    public func visibleMessage(at now: Instant) -> FlashMessage? {
        guard let message, let expiresAt, now < expiresAt else { return nil }
        return message
    }

    /// Drops an expired message; returns true when that changed what is shown.
    @discardableResult
    public mutating func expire(at now: Instant) -> Bool {
        guard message != nil, let expiresAt, now >= expiresAt else { return false }
        message = nil
        self.expiresAt = nil
        return true
    }

    /// Removes the message now (e.g. on Esc).
    public mutating func dismiss() {
        message = nil
        expiresAt = nil
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
