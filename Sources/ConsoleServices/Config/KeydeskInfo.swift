import ConsoleCore
import Foundation

/// What `keydesk info` prints: version, paths, the profile in use, its endpoint, read-only
/// flag and where the key comes from, never the key. It does not run `api_key_command`.
public struct KeydeskInfo: Sendable, Equatable {
    /// The lines to print on stdout, in order.
    public let lines: [String]
    /// Set when the config cannot be used; the lines then say so too, and the command should
    /// exit non-zero after printing them.
    public let problem: ConfigError?

    /// Gathers the report for `flags` and `environment`, reading the config at `paths.configFile`;
    /// `audit` is the sink the session would write to, when it could be decided.
    public static func gather(
        version: String,
        paths: KeydeskPaths,
        flags: ConnectionFlags = ConnectionFlags(),
        environment: [String: String] = ProcessInfo.processInfo.environment,
        audit: AuditDestination? = nil
    ) -> KeydeskInfo {
        var lines = pathLines(version: version, paths: paths, audit: audit)
        let plan: ConnectionPlan
        do {
            let config = try KeydeskConfig.load(from: paths.configFile)
            plan = try ConnectionResolver.plan(flags: flags, environment: environment, config: config)
        } catch {
            lines.append(row("problem", error.message))
            return KeydeskInfo(lines: lines, problem: error)
        }
        lines.append(row("profile", plan.profileName.map { "\($0) (from \(plan.profileChosenBy ?? "?"))" } ?? "none"))
        switch plan.target {
        case .embeddedSandbox:
            lines.append(row("endpoint", "embedded sandbox (no API key configured)"))
        case .remote(let endpoint, let endpointSource, _, let keySource):
            lines.append(row("endpoint", endpoint + (endpointSource == "default" ? "" : " (from \(endpointSource))")))
            if let workspace = plan.workspaceID { lines.append(row("workspace", workspace)) }
            lines.append(row("api key", "from \(keySource)"))
        }
        lines.append(row("read-only", plan.readOnly ? "yes" : "no"))
        lines.append(row("issue with", "\(plan.issuePath.rawValue) (the wizard issues keys \(plan.issuePath.phrase))"))
        return KeydeskInfo(lines: lines, problem: nil)
    }

    /// The version and the paths: the first lines of every report.
    /// `audit`: the sink the session would write to, when it could be decided (else the file).
    static func pathLines(version: String, paths: KeydeskPaths, audit: AuditDestination? = nil) -> [String] {
        let configExists = FileManager.default.fileExists(atPath: paths.configFile)
        return [
            "keydesk \(version)",
            row("config file", paths.configFile + (configExists ? "" : " (not found)")),
            row("sandbox data", paths.sandboxDataDirectory),
            row("audit log", audit?.description
                ?? paths.auditDatabase + (paths.auditDatabaseIsShared ? " (shared by the host's staff accounts)" : "")),
            row("log file", paths.logFile),
        ]
    }

    static func row(_ label: String, _ value: String) -> String {
        (label + ":").padding(toLength: 14, withPad: " ", startingAt: 0) + value
    }
}
