import ConsoleCore
import ConsoleServices
import Foundation

/// The console's connection when sudo started keydesk as the service account for a member of
/// staff (the README, "Deploying for staff over SSH"): the service configuration alone (no environment, no caller's files),
/// the profile and limits of their roster entry (`StaffAccess`), and every request behind that
/// entry. A refusal (not on the roster, an option staff may not use) is written to the service
/// audit log as a refused `session.start` before keydesk exits with it: an account that can
/// reach the console but is not on the roster is something a manager should see.
enum StaffConnection {
    static func resolve(session: ServiceSession, flags: ConnectionFlags, otherOptions: [String]) async throws -> Connection {
        let paths = session.paths
        let config = try KeydeskConfig.load(from: paths.configFile)
        let access: StaffAccess
        do {
            access = try StaffAccess.decide(for: session, config: config, flags: flags, otherOptions: otherOptions)
        } catch {
            await recordRefusal(error.message, paths: paths)
            throw error
        }
        let resolved = try access.connection(in: config)
        return try await Connection.open(resolved, paths: paths, sandboxData: nil, member: access.member)
    }

    /// Writes the refused start to the service audit log; says so on stderr when it cannot.
    private static func recordRefusal(_ reason: String, paths: KeydeskPaths) async {
        do {
            let log = try AuditLog(path: paths.auditDatabase, fileMode: paths.auditDatabaseFileMode)
            let recorder = AuditRecorder(log: log, context: AuditContext.current(profile: nil, endpoint: "none"))
            if let problem = await recorder.recordRefusal("session.start", resourceIDs: [], reason: reason) {
                StandardErrorLine.write("the refusal below is not in the audit log: \(problem)")
            }
        } catch {
            StandardErrorLine.write("the refusal below is not in the audit log: \(error)")
        }
    }
}
