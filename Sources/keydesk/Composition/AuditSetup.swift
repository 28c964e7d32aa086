import ConsoleCore
import ConsoleServices
import Foundation

/// The audit log (this account's, the host-wide one, or the PostgreSQL trail of several hosts),
/// opened before the screen belongs to curses.
enum AuditSetup {
    /// The recorder for this session, or nil (with the reason on standard error) when the log
    /// cannot be opened: a file that cannot be created, a URL or password that cannot be read.
    /// A PostgreSQL server that does not answer yet is no reason to start read-only: each
    /// change is refused while it is away and allowed again once it answers.
    static func recorder(destination: AuditDestination, profile: String?, endpoint: String) async -> AuditRecorder? {
        let log: any AuditSink
        do {
            log = try destination.open()
        } catch {
            StandardErrorLine.write("cannot open the audit log (\(error)); starting read-only.")
            return nil
        }
        if let trail = log as? PostgresAuditLog {
            do {
                try await trail.check()
            } catch {
                StandardErrorLine.write("\(error); changes will be refused until it answers.")
            }
        }
        return AuditRecorder(log: log, context: AuditContext.current(profile: profile, endpoint: endpoint))
    }
}
