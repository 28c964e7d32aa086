import Foundation

/// Fail closed: when a change is refused because the audit log cannot record its attempt, a
/// banner says so (browsing goes on), and the console looks at the log every few seconds until it
/// answers again; then changes are allowed without a restart.
extension ConsoleState {
    /// How often an unavailable audit log is looked at again.
    public static let auditProbeInterval: Duration = .seconds(10)

    /// Shows the banner and starts looking again.
    mutating func auditUnavailable(_ message: String) -> [ConsoleEffect] {
        auditBanner = "changes are refused until it answers (browsing goes on). " + message
        return [.after(Self.auditProbeInterval, .probeAudit, id: .auditProbe)]
    }

    mutating func receiveAuditProbe(available: Bool, now: Date) -> [ConsoleEffect] {
        guard auditBanner != nil else { return [] }
        guard available else { return [.after(Self.auditProbeInterval, .probeAudit, id: .auditProbe)] }
        auditBanner = nil
        flash = Flash(.info, "The audit log answers again: changes are allowed.", now: now)
        return []
    }
}
