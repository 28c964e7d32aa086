import ArgumentParser
import ConsoleCore
import ConsoleServices
import ConsoleUI
import Foundation

/// `keydesk audit`: the audit log of every change made from a console on this host (or, on
/// PostgreSQL, on every host of the front desk), for people (a table) or scripts (`--json`),
/// `--verify` to check its hash chains, and `--init-db` to create the PostgreSQL trail.
struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Print the audit log (who changed what, from where, and how it went), or verify it.",
        discussion: """
            With --verify, walks every host's hash chain and names the first row that was edited, \
            renumbered, removed or inserted. Exit status: 0 intact (one line with each chain's head \
            hash, worth keeping elsewhere), 1 tampered, 2 the log could not be read.

            With --init-db ADMIN_URL, creates the PostgreSQL trail's schema as that admin role and \
            grants the writing role (--writer-role, default the role of the configured audit URL) \
            SELECT and INSERT only. The admin's password comes from --admin-password-file, \
            --admin-password-command or ~/.pgpass, never from the URL.
            """
    )

    @Option(help: "Only entries at or after this day (YYYY-MM-DD) or instant (ISO 8601).")
    var since: String?

    @Flag(help: "Print a JSON array instead of a table.")
    var json = false

    @Flag(help: "Check the hash chains instead of printing entries.")
    var verify = false

    @OptionGroup var auditLog: AuditLogOptions

    @OptionGroup var initDatabase: AuditInitDatabaseOptions

    func validate() throws {
        if verify, since != nil || json {
            throw ValidationError("--verify checks the whole log: it takes neither --since nor --json.")
        }
        try initDatabase.validate(alongside: verify || json || since != nil)
    }

    func run() async throws {
        let destination = try auditLog.resolved().destination
        if initDatabase.adminURL != nil {
            return try await initDatabase.run(configured: destination)
        }
        let log: any AuditSink
        do {
            log = try destination.open()
        } catch {
            throw fail(error, exitCode: verify ? .usage : .someFailed)
        }
        if verify { return try await runVerify(log) }
        do {
            print(try await AuditExport.output(sink: log, since: since, json: json, sanitize: Sanitizer.sanitize), terminator: "")
        } catch {
            throw fail(error, exitCode: .someFailed)
        }
    }

    private func runVerify(_ log: any AuditSink) async throws {
        let verification: AuditVerification
        do {
            verification = try await log.verify()
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
