import ArgumentParser

/// `keydesk revoke`: the console's revoke operation for scripts, on one or more ids, audited as
/// the console audits it (`OperationBatch`).
struct RevokeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "revoke", abstract: "Revoke (delete) credentials by id, as the console's Revoke does.",
                                                    discussion: OperationBatch.discussion)

    @OptionGroup var arguments: OperationArguments

    func run() async throws {
        try await OperationBatch.perform("revoke", done: "revoked", arguments) { try await OperationTargets.revoke($0, $1) }
    }
}
