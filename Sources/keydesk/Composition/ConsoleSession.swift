import ConsoleCore
import ConsoleServices
import ConsoleUI
import Foundation
import SeamAPI

/// One run of the console on the real terminal. The loop runs on a thread of its own: it
/// blocks in `get_wch` between keys, which must not hold a thread of Swift's small
/// cooperative pool (the API calls and the embedded sandbox run there).
struct ConsoleSession {
    let connection: Connection
    let audit: AuditDestination
    let colors: Bool

    /// Returns the signal that ended the session, if one did; throws `TerminalError` when the
    /// terminal cannot be opened (not a terminal, unknown `TERM`).
    func run() async throws -> Int32? {
        let client = connection.client
        let recorder = await AuditSetup.recorder(destination: audit, profile: connection.info.profile,
                                                 endpoint: client.configuration.endpoint)
        let info = connection.info
        // Changes that cannot be audited are not made: without the log the console is read-only.
        let state = ConsoleState(connection: recorder == nil
            ? ConnectionInfo(label: info.label, isSandbox: info.isSandbox, readOnly: true, profile: info.profile, issuePath: info.issuePath)
            : info, activityInterval: connection.activityInterval)
        let colors = self.colors
        let outcome: Result<Int32?, any Error> = await withCheckedContinuation { continuation in
            let thread = Thread {
                CrashGuard.prepareThread()
                let result = Result<Int32?, any Error> {
                    try CursesTerminal.withTerminal(options: CursesTerminal.Options(colors: colors)) { terminal in
                        let runner = ConsoleEffectRunner(client: client, auditRecorder: recorder)
                        let app = ConsoleApp(state: state, terminal: terminal) { await runner.run($0) }
                        app.run()
                        return terminal.receivedSignal
                    }
                }
                continuation.resume(returning: result)
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        // The run loop waited a few seconds for changes in flight; what is still open is
        // recorded as unfinished (the change may or may not have reached Seam).
        if let recorder {
            for problem in await recorder.finishOpenAttempts() {
                StandardErrorLine.write("audit log: \(problem)")
            }
        }
        return try outcome.get()
    }
}
