import ConsoleCore
import ConsoleServices
import Foundation

/// The audit log (this account's, or the host-wide one), opened before the screen belongs to curses.
enum AuditSetup {
    /// The recorder for this session, or nil (with the reason on standard error) when the log cannot be opened.
    static func recorder(paths: KeydeskPaths, profile: String?, endpoint: String) -> AuditRecorder? {
        do {
            let log = try AuditLog(path: paths.auditDatabase, fileMode: paths.auditDatabaseFileMode)
            return AuditRecorder(log: log, context: AuditContext.current(profile: profile, endpoint: endpoint))
        } catch {
            StandardErrorLine.write("cannot open the audit log (\(error)); starting read-only.")
            return nil
        }
    }
}
