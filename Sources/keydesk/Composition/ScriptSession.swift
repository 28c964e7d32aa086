import ConsoleCore
import ConsoleServices
import Foundation
import SeamAPI
import SeamSandbox

/// What a scripting command (`list`, `issue`, `revoke`, `import`…) works with: the connection,
/// resolved as the console resolves it (flags, environment, profiles, or the embedded sandbox),
/// and for changes the audit recorder, without which nothing is changed.
struct ScriptSession {
    let connection: Connection
    let paths: KeydeskPaths

    var client: SeamClient { connection.client }

    static func open(_ options: ConnectionOptions, audit: AuditLogOptions? = nil, json: Bool = false) async throws -> ScriptSession {
        let environment = ProcessInfo.processInfo.environment
        let paths = audit?.applied(to: KeydeskPaths(environment: environment)) ?? KeydeskPaths(environment: environment)
        do {
            let connection = try await Connection.resolve(flags: options.flags, paths: paths, environment: environment, sandboxData: nil)
            return ScriptSession(connection: connection, paths: paths)
        } catch let error as SeamConfigurationError {
            throw KeydeskCommandError(error).json(json)
        } catch let error as ConfigError {
            throw KeydeskCommandError(error).json(json)
        }
    }

    /// The recorder every change of `command` goes through. Refused (usage, exit 2) when the
    /// session is read-only (`--read-only` or the profile), or when the audit log cannot be
    /// opened: a change that cannot be audited is not made.
    func recorderForChanges(_ command: String, json: Bool = false) throws -> AuditRecorder {
        if connection.info.readOnly {
            throw KeydeskCommandError("read-only: \(command) changes data, and this session may not (--read-only or the profile's read_only).",
                                      exitCode: .usage).json(json)
        }
        do {
            let log = try AuditLog(path: paths.auditDatabase, fileMode: paths.auditDatabaseFileMode)
            return AuditRecorder(log: log, context: AuditContext.current(profile: connection.info.profile,
                                                                         endpoint: client.configuration.endpoint))
        } catch {
            throw KeydeskCommandError("cannot open the audit log (\(error)); \(command) changes nothing without it.", exitCode: .usage).json(json)
        }
    }

    /// Ends the session: attempts still open in the audit log are recorded as unfinished, and the
    /// embedded sandbox (if any) stops.
    func close(_ recorder: AuditRecorder? = nil) async {
        if let recorder {
            for problem in await recorder.finishOpenAttempts() { StandardErrorLine.write("audit log: \(problem)") }
        }
        try? await connection.sandbox?.shutdown()
    }
}
