import Foundation

/// A one-line message under the panes that clears itself (k9s' flash). The level is also
/// written as a word, so it never depends on colour.
public struct Flash: Sendable, Equatable {
    public enum Level: Sendable, Equatable { case info, warning, error }

    public let level: Level
    public let message: String
    public let expiresAt: Date

    /// How long a flash stays on screen.
    public static let lifetime: TimeInterval = 6

    public init(_ level: Level, _ message: String, now: Date) {
        self.level = level
        self.message = message
        self.expiresAt = now + Flash.lifetime
    }
}
