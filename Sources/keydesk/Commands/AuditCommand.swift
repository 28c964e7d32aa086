import ArgumentParser
import ConsoleCore
import ConsoleServices
import Foundation

/// `keydesk audit`: the audit log of every change made from a console on this host, for
/// people (a table) or scripts (`--json`).
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Print the audit log (who changed what, from where, and how it went)."
    )

    @Option(help: "Only entries at or after this day (YYYY-MM-DD) or instant (ISO 8601).")
    var since: String?

    @Flag(help: "Print a JSON array instead of a table.")
    var json = false

    @Option(name: .customLong("audit-log"), help: ArgumentHelp(
        "A host-wide audit log shared by every staff account (default: KEYDESK_AUDIT_LOG, or audit.sqlite in XDG_STATE_HOME/keydesk).",
        valueName: "path"))
    var auditLog: String?

    func run() throws {
        do {
            let paths = KeydeskPaths().withAuditDatabase(auditLog)
            let log = try AuditLog(path: paths.auditDatabase, fileMode: paths.auditDatabaseFileMode)
            print(try AuditExport.output(log: log, since: since, json: json), terminator: "")
        } catch {
            FileHandle.standardError.write(Data("keydesk: \(error)\n".utf8))
            throw ExitCode.failure
        }
    }
}
