import ArgumentParser
import ConsoleCore

/// `keydesk suspend`: the console's suspend operation for scripts, on one or more ids, audited as
/// the console audits it (`OperationBatch`).
struct SuspendCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "suspend", abstract: "Suspend ACS users by id (their keys stop working until unsuspended).",
                                                    discussion: OperationBatch.discussion)

    @OptionGroup var arguments: OperationArguments

    func run() async throws {
        try await OperationBatch.perform("suspend", done: "suspended", arguments) { .suspendUser(try await OperationTargets.user($0, $1)) }
    }
}
