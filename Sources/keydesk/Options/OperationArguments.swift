import ArgumentParser

/// The ids and options of `revoke`, `suspend` and `unsuspend`, which act on the ids in turn.
struct OperationArguments: ParsableArguments {
    @Argument(help: ArgumentHelp("Credential ids (acs_credential_id) for revoke; ACS user ids (acs_user_id) for suspend and unsuspend.",
                                 valueName: "id"))
    var ids: [String] = []

    @Flag(help: "Print results and errors as JSON lines.")
    var json = false

    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var audit: AuditLogOptions

    func validate() throws {
        if ids.isEmpty { throw ValidationError("Give at least one id.") }
    }
}
