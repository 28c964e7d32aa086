import Foundation

/// Where keydesk keeps its files, following the XDG base directory spec, computed from an
/// injectable environment so tests (and `keydesk info`) never depend on the real home.
public struct KeydeskPaths: Sendable, Equatable {
    /// `$XDG_CONFIG_HOME/keydesk` (default `~/.config/keydesk`).
    public let configDirectory: String
    /// `$XDG_DATA_HOME/keydesk` (default `~/.local/share/keydesk`).
    public let dataDirectory: String
    /// `$XDG_STATE_HOME/keydesk` (default `~/.local/state/keydesk`).
    public let stateDirectory: String

    /// `config.toml` in the config directory: profiles.
    public var configFile: String { configDirectory + "/config.toml" }
    /// `sandbox` in the data directory: the embedded sandbox's SQLite data.
    public var sandboxDataDirectory: String { dataDirectory + "/sandbox" }
    /// `audit.sqlite` in the state directory: the audit log shared by every session on the host.
    public var auditDatabase: String { stateDirectory + "/audit.sqlite" }
    /// `keydesk.log` in the state directory.
    public var logFile: String { stateDirectory + "/keydesk.log" }

    /// Paths for `environment` (default: this process's). `HOME` falls back to the password
    /// database. Relative XDG values are ignored, as the XDG spec requires.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let home = Self.home(environment)
        func base(_ variable: String, _ fallback: String) -> String {
            if let value = environment[variable], value.hasPrefix("/") { return Self.trimmed(value) }
            return home + "/" + fallback
        }
        configDirectory = base("XDG_CONFIG_HOME", ".config") + "/keydesk"
        dataDirectory = base("XDG_DATA_HOME", ".local/share") + "/keydesk"
        stateDirectory = base("XDG_STATE_HOME", ".local/state") + "/keydesk"
    }

    private static func home(_ environment: [String: String]) -> String {
        if let home = environment["HOME"], home.hasPrefix("/") { return trimmed(home) }
        return trimmed(SystemAccount.homeDirectory() ?? "/")
    }

    /// Drops trailing slashes so joined paths have single separators ("/" stays "").
    private static func trimmed(_ path: String) -> String {
        var result = path
        while result.hasSuffix("/") { result.removeLast() }
        return result
    }
}
