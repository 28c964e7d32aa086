import ArgumentParser
import ConsoleCore
import ConsoleServices
import Foundation

/// `keydesk info`: where keydesk keeps its files, which profile and endpoint it would use, and
/// where the key comes from. Never the key itself.
struct InfoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info",
        abstract: "Print the config, data and log paths, the profile in use and the version."
    )

    @Option(help: "A Seam-compatible endpoint.")
    var endpoint: String?

    @Option(help: "A profile of config.toml.")
    var profile: String?

    @Flag(name: .customLong("read-only"), help: "Report as if started with --read-only.")
    var readOnly = false

    @Option(name: .customLong("audit-log"), help: ArgumentHelp(
        "A host-wide audit log shared by every staff account (default: KEYDESK_AUDIT_LOG, or audit.sqlite in XDG_STATE_HOME/keydesk).",
        valueName: "path"))
    var auditLog: String?

    func run() throws {
        let info = KeydeskInfo.gather(version: Keydesk.version, paths: KeydeskPaths().withAuditDatabase(auditLog),
                                      flags: ConnectionFlags(endpoint: endpoint, profile: profile, readOnly: readOnly))
        for line in info.lines { print(line) }
        if info.problem != nil { throw ExitCode.failure }
    }
}
