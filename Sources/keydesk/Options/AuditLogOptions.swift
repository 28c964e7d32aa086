import ArgumentParser
import ConsoleServices
import Foundation

/// `--audit-log PATH|URL`: the audit log this host writes, a host-wide SQLite file shared by every
/// staff account or the PostgreSQL trail shared by several hosts. Shared by the console, `info`
/// and `audit`, which must agree on which log they mean (`AuditDestination`).
struct AuditLogOptions: ParsableArguments {
    @Option(name: .customLong("audit-log"), help: ArgumentHelp(
        "A host-wide SQLite audit log, or a postgres://ROLE@HOST/DATABASE trail shared by several hosts (default: "
            + "KEYDESK_AUDIT_LOG, else url in the config's [audit] table, else audit.sqlite in XDG_STATE_HOME/keydesk). "
            + "The role's password comes from [audit] password_file or password_command, or ~/.pgpass.",
        valueName: "path-or-url"))
    var auditLog: String?

    /// `paths` with the SQLite log this option names, if it names one.
    func applied(to paths: KeydeskPaths) -> KeydeskPaths {
        guard let auditLog, !PostgresAuditURL.isPostgres(auditLog) else { return paths }
        return paths.withAuditDatabase(auditLog)
    }

    /// The sink this option, the environment and the config at `paths.configFile` choose.
    func destination(paths: KeydeskPaths, environment: [String: String] = ProcessInfo.processInfo.environment) throws(ConfigError) -> AuditDestination {
        let config = try KeydeskConfig.load(from: paths.configFile)
        return try AuditDestination.resolve(option: auditLog, paths: paths, config: config, environment: environment)
    }

    /// The paths of this run: the service account's when sudo started keydesk as it (where this
    /// option is refused: that log is the only one), otherwise this account's with the option.
    func paths(in invocation: ServiceInvocation = .current()) throws -> KeydeskPaths {
        guard let session = invocation.session else { return applied(to: KeydeskPaths()) }
        if auditLog != nil {
            throw KeydeskCommandError(ConfigError(
                .refusedForStaff,
                "--audit-log is not available under sudo: keydesk runs as \(session.serviceAccount) and uses its audit log, "
                    + session.paths.auditDatabase))
        }
        return session.paths
    }

    /// The paths and the audit sink of this run. Under sudo (the service account's run), only
    /// the service account's configuration decides: the caller's environment is not read.
    func resolved(in invocation: ServiceInvocation = .current()) throws -> (paths: KeydeskPaths, destination: AuditDestination) {
        let paths = try paths(in: invocation)
        let environment = invocation.session == nil ? ProcessInfo.processInfo.environment : [:]
        do {
            return (paths, try destination(paths: paths, environment: environment))
        } catch {
            throw KeydeskCommandError(error)
        }
    }
}
