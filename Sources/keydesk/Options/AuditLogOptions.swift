import ArgumentParser
import ConsoleServices

/// `--audit-log PATH`: the host-wide audit log shared by every staff account. Shared by the
/// console, `info` and `audit`, which must agree on which log they mean.
struct AuditLogOptions: ParsableArguments {
    @Option(name: .customLong("audit-log"), help: ArgumentHelp(
        "A host-wide audit log shared by every staff account (default: KEYDESK_AUDIT_LOG, or audit.sqlite in XDG_STATE_HOME/keydesk).",
        valueName: "path"))
    var auditLog: String?

    /// `paths` with the audit log this option names, if it names one.
    func applied(to paths: KeydeskPaths) -> KeydeskPaths {
        paths.withAuditDatabase(auditLog)
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
}
