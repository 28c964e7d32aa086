import ArgumentParser

/// The `keydesk` command: the console (to come) and its subcommands.
@main
struct Keydesk: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keydesk",
        abstract: "A terminal console for the access control systems of apartment buildings, driven through the Seam API.",
        subcommands: [SandboxCommand.self]
    )
}
