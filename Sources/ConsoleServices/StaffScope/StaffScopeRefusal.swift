import ConsoleCore

/// Why keydesk stopped a request of a member of staff before it reached Seam: they are
/// read-only, or it would reach a building outside their roster entry, or keydesk cannot tell
/// which building it would change. The message names the person and the rule, so they know to
/// ask an administrator rather than retry; the audit log records the attempt as `refused`.
public struct StaffScopeRefusal: StaffRefusal, ConsoleFailureDescribing, CustomStringConvertible, Sendable, Equatable {
    public let reason: String

    public init(_ reason: String) {
        self.reason = reason
    }

    public var description: String { reason }

    /// Refused, not transient: retrying cannot help until the roster changes.
    public var consoleFailure: ConsoleFailure { ConsoleFailure(.rejected, reason) }
}
