import ArgumentParser
import ConsoleCore
import ConsoleServices
import ConsoleUI
import Foundation

/// `keydesk audit`: the audit log of every change made from a console on this host, for
/// people (a table) or scripts (`--json`), and `--verify` to check its hash chains.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Print the audit log (who changed what, from where, and how it went), or verify it.",
        discussion: """
            With --verify, walks every host's hash chain and names the first row that was edited, \
            renumbered, removed or inserted. Exit status: 0 intact (one line with each chain's head \
            hash, worth keeping elsewhere), 1 tampered, 2 the log could not be read.
            """
    )

    @Option(help: "Only entries at or after this day (YYYY-MM-DD) or instant (ISO 8601).")
    var since: String?

    @Flag(help: "Print a JSON array instead of a table.")
    var json = false

    @Flag(help: "Check the hash chains instead of printing entries.")
    var verify = false

    @OptionGroup var auditLog: AuditLogOptions

    func validate() throws {
        if verify, since != nil || json {
            throw ValidationError("--verify checks the whole log: it takes neither --since nor --json.")
        }
    }

    func run() throws {
        let log: AuditLog
        let paths = try auditLog.paths()
        do {
            log = try AuditLog(path: paths.auditDatabase, fileMode: paths.auditDatabaseFileMode)
        } catch {
            throw fail(error, exitCode: verify ? .usage : .someFailed)
        }
        if verify { return try runVerify(log) }
        do {
            print(try AuditExport.output(log: log, since: since, json: json, sanitize: Sanitizer.sanitize), terminator: "")
        } catch {
            throw fail(error, exitCode: .someFailed)
        }
    }

    private func runVerify(_ log: AuditLog) throws {
        let verification: AuditVerification
        do {
            verification = try log.verify()
        } catch {
            throw fail(error, exitCode: .usage)
        }
        print(Sanitizer.sanitize(verification.summary))
        if !verification.isIntact { throw ExitCode.someFailed }
    }

    private func fail(_ error: any Error, exitCode: ExitCode) -> KeydeskCommandError {
        KeydeskCommandError(Sanitizer.sanitize(String(describing: error)), exitCode: exitCode)
    }
}
