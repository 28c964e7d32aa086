import ArgumentParser
import ConsoleCore

/// `keydesk unsuspend`: the console's unsuspend operation for scripts, on one or more ids, audited as
/// the console audits it (`OperationBatch`).
struct UnsuspendCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "unsuspend", abstract: "Unsuspend ACS users by id.",
                                                    discussion: OperationBatch.discussion)

    @OptionGroup var arguments: OperationArguments

    func run() async throws {
        try await OperationBatch.perform("unsuspend", done: "unsuspended", arguments) { .unsuspendUser(try await OperationTargets.user($0, $1)) }
    }
}
