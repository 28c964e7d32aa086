import ConsoleCore
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
}
