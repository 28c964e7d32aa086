import ArgumentParser
import ConsoleCore
import ConsoleServices
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `keydesk moveout`: the console's move-out (`MoveOutRunner` and the `MoveOutState` job) for
/// scripts: the resident found by email, everything they hold gathered in every building and
/// printed, then removed one audited item at a time (`ScriptedMoveOut`).
struct MoveOutCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "moveout",
        abstract: "Move a resident out of every building: revoke all their credentials, as the console's move-out does.",
        discussion: """
            Finds the resident by email (their user identity, or an ACS user without one), prints what they hold \
            in every building, then removes it one audited item at a time: every credential, and with --delete-users \
            their ACS users, with --delete-identity their user identity. A failed item does not stop the others; \
            running the same command again finishes what is left. On a terminal it asks first unless --yes; \
            without a terminal it changes nothing unless --yes is given. --dry-run prints the plan and sends no change. \
            Exit status: 0 done (or nothing left), 1 some items failed or nobody has that email, \
            2 usage, read-only or no --yes, 3 Seam unavailable, 4 key refused.
            """
    )

    @Argument(help: ArgumentHelp("The resident's email (their user identity's, or their ACS user's).", valueName: "email"))
    var email: String

    @Flag(name: .customLong("delete-users"), help: "Also delete their ACS users, in every building.")
    var deleteUsers = false

    @Flag(name: .customLong("delete-identity"), help: "Also delete their user identity.")
    var deleteIdentity = false

    @Flag(name: .customLong("dry-run"), help: "Print what they hold and what would be removed; change nothing.")
    var dryRun = false

    @Flag(help: "Do not ask; required to change anything when stdin is not a terminal.")
    var yes = false

    @Flag(help: "Print the plan, each item's result and errors as JSON lines.")
    var json = false

    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var audit: AuditLogOptions

    func validate() throws {
        let address = email.trimmingCharacters(in: .whitespaces)
        if address.isEmpty || !address.contains("@") { throw ValidationError("'\(email)' is not an email address.") }
    }

    /// What to remove, in the console's words: every credential, and the users and identity when asked.
    var choices: MoveOutChoices {
        var choices = MoveOutChoices()
        choices.deleteUsers = deleteUsers
        choices.deleteIdentity = deleteIdentity
        return choices
    }

    func run() async throws {
        let interactive = isatty(STDIN_FILENO) == 1
        if !dryRun, !yes, !interactive {
            throw KeydeskCommandError("moveout changes data and stdin is not a terminal: add --yes to run it (or --dry-run to see the plan).",
                                      exitCode: .usage).json(json)
        }
        let session = try await ScriptSession.open(connection, audit: audit, json: json)
        var recorder: AuditRecorder?
        if !dryRun {
            do {
                recorder = try session.recorderForChanges("moveout", json: json)
            } catch {
                await session.close()
                throw error
            }
        }
        let job = ScriptedMoveOut(client: session.client,
                                  runner: MoveOutRunner(client: session.client, changes: recorder ?? UnauditedChanges()),
                                  choices: choices, report: MoveOutReport(json: json),
                                  mode: dryRun ? .dryRun : (yes ? .run : .ask))
        do {
            try await job.run(email: email.trimmingCharacters(in: .whitespaces))
        } catch {
            await session.close(recorder)
            throw (error as? KeydeskCommandError)?.json(json) ?? error
        }
        await session.close(recorder)
    }
}
