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
    /// The audit log. By default `audit.sqlite` in the state directory (every session of this
    /// account); `KEYDESK_AUDIT_LOG` or `--audit-log` name one host-wide file that every staff
    /// account writes (see `auditDatabaseIsShared`).
    public private(set) var auditDatabase: String
    /// True when the audit log was named by `KEYDESK_AUDIT_LOG` or `--audit-log`: a log shared by
    /// several accounts, created group-writable (0660) in a group-owned directory.
    public private(set) var auditDatabaseIsShared: Bool
    /// The file mode a new audit log gets: 0600, or 0660 when it is shared by a group.
    public var auditDatabaseFileMode: UInt16 { auditDatabaseIsShared ? 0o660 : 0o600 }
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
        // A postgres:// value names no file here; `AuditDestination` reads it.
        if let shared = environment["KEYDESK_AUDIT_LOG"], !shared.isEmpty, !PostgresAuditURL.isPostgres(shared) {
            auditDatabase = Self.absolute(shared)
            auditDatabaseIsShared = true
        } else {
            auditDatabase = stateDirectory + "/audit.sqlite"
            auditDatabaseIsShared = false
        }
    }

    /// These paths with the audit log at `path` (`--audit-log`), when one is given.
    public func withAuditDatabase(_ path: String?) -> KeydeskPaths {
        guard let path, !path.isEmpty else { return self }
        var paths = self
        paths.auditDatabase = Self.absolute(path)
        paths.auditDatabaseIsShared = true
        return paths
    }

    /// `path` against the working directory when it is relative.
    private static func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : trimmed(FileManager.default.currentDirectoryPath) + "/" + path
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
