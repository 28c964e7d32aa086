import ConsoleCore
import ConsoleServices
import Testing

@Suite struct KeydeskPathsTests {
    @Test func defaultsFollowHome() {
        let paths = KeydeskPaths(environment: ["HOME": "/home/desk"])
        #expect(paths.configFile == "/home/desk/.config/keydesk/config.toml")
        #expect(paths.sandboxDataDirectory == "/home/desk/.local/share/keydesk/sandbox")
        #expect(paths.auditDatabase == "/home/desk/.local/state/keydesk/audit.sqlite")
        #expect(paths.logFile == "/home/desk/.local/state/keydesk/keydesk.log")
    }

    @Test func xdgVariablesOverrideTheDefaults() {
        let paths = KeydeskPaths(environment: [
            "HOME": "/home/desk",
            "XDG_CONFIG_HOME": "/etc/xdg-config/",
            "XDG_DATA_HOME": "/srv/data",
            "XDG_STATE_HOME": "/var/state",
        ])
        #expect(paths.configFile == "/etc/xdg-config/keydesk/config.toml")
        #expect(paths.sandboxDataDirectory == "/srv/data/keydesk/sandbox")
        #expect(paths.auditDatabase == "/var/state/keydesk/audit.sqlite")
        #expect(paths.logFile == "/var/state/keydesk/keydesk.log")
    }

    @Test func relativeXDGValuesAreIgnoredAsTheSpecRequires() {
        let paths = KeydeskPaths(environment: ["HOME": "/home/desk", "XDG_CONFIG_HOME": "relative/dir"])
        #expect(paths.configFile == "/home/desk/.config/keydesk/config.toml")
    }

    @Test func aHostWideAuditLogComesFromTheEnvironmentOrTheFlag() {
        let own = KeydeskPaths(environment: ["HOME": "/home/desk"])
        #expect(!own.auditDatabaseIsShared && own.auditDatabaseFileMode == 0o600)

        let fromEnvironment = KeydeskPaths(environment: ["HOME": "/home/desk", "KEYDESK_AUDIT_LOG": "/var/lib/keydesk/audit.sqlite"])
        #expect(fromEnvironment.auditDatabase == "/var/lib/keydesk/audit.sqlite")
        #expect(fromEnvironment.auditDatabaseIsShared && fromEnvironment.auditDatabaseFileMode == 0o660)
        #expect(fromEnvironment.logFile == "/home/desk/.local/state/keydesk/keydesk.log", "only the audit log moves")

        let fromFlag = fromEnvironment.withAuditDatabase("/srv/desk/audit.sqlite")
        #expect(fromFlag.auditDatabase == "/srv/desk/audit.sqlite", "the flag wins over the environment")
        #expect(own.withAuditDatabase(nil) == own)
        #expect(own.withAuditDatabase("audit.sqlite").auditDatabase.hasPrefix("/"), "a relative path is made absolute")
    }
}
