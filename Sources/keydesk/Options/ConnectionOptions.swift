import ArgumentParser
import ConsoleServices

/// `--endpoint`, `--profile` and `--read-only`: what a command connects to. Shared by every
/// command that talks to Seam (the console, `info`, and later the scripting commands), so the
/// names, help and precedence (`ConnectionResolver`) are the same everywhere.
struct ConnectionOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "A Seam-compatible endpoint (default: SEAM_ENDPOINT, the profile's, or https://connect.getseam.com). A profile's key is only sent to the profile's endpoint; plain http only to a loopback address.",
        valueName: "url"))
    var endpoint: String?

    @Option(help: ArgumentHelp("A profile of config.toml (default: its default_profile).", valueName: "name"))
    var profile: String?

    @Flag(name: .customLong("read-only"), help: "Hide and refuse every action that changes data.")
    var readOnly = false

    /// The flags as the resolver takes them. Keys are never taken from the command line, where
    /// every local user could read them in the process list.
    var flags: ConnectionFlags {
        ConnectionFlags(endpoint: endpoint, profile: profile, readOnly: readOnly)
    }
}
