import ConsoleCore
import ConsoleServices
import Foundation
import KeydeskTestSupport
import Testing

@Suite struct KeydeskInfoTests {
    private func paths(_ directory: TemporaryDirectory) -> KeydeskPaths {
        KeydeskPaths(environment: ["HOME": directory.path])
    }

    @Test func listsThePathsAndTheSandboxWhenNothingIsConfigured() throws {
        let directory = try TemporaryDirectory()
        let paths = paths(directory)
        let info = KeydeskInfo.gather(version: "1.2.3", paths: paths, environment: [:])
        #expect(info.problem == nil)
        #expect(info.lines.first == "keydesk 1.2.3")
        let text = info.lines.joined(separator: "\n")
        #expect(text.contains(paths.configFile + " (not found)"))
        #expect(text.contains(paths.sandboxDataDirectory))
        #expect(text.contains(paths.auditDatabase))
        #expect(text.contains(paths.logFile))
        #expect(text.contains("embedded sandbox"))
        #expect(text.contains("read-only:    no"))
    }

    @Test func saysWhenTheAuditLogIsTheHostWideOne() throws {
        let directory = try TemporaryDirectory()
        let paths = paths(directory).withAuditDatabase("/var/lib/keydesk/audit.sqlite")
        let text = KeydeskInfo.gather(version: "1.2.3", paths: paths, environment: [:]).lines.joined(separator: "\n")
        #expect(text.contains("/var/lib/keydesk/audit.sqlite (shared by the host's staff accounts)"))
    }

    @Test func namesTheProfileEndpointAndKeySourceButNeverTheKey() throws {
        let directory = try TemporaryDirectory()
        let paths = paths(directory)
        try KeydeskConfig(defaultProfile: "tower", profiles: [
            "tower": Profile(name: "tower", endpoint: "https://tower.example", apiKey: APIKey("seam_info_secret_key"),
                             workspaceID: "ws_9", readOnly: true),
        ]).write(to: paths.configFile)
        let info = KeydeskInfo.gather(version: "1", paths: paths, environment: [:])
        let text = info.lines.joined(separator: "\n")
        #expect(info.problem == nil)
        #expect(!text.contains("(not found)"))
        #expect(text.contains("tower (from default_profile)"))
        #expect(text.contains("https://tower.example"))
        #expect(text.contains("ws_9"))
        #expect(text.contains("from profile 'tower' in \(paths.configFile)"))
        #expect(text.contains("read-only:    yes"))
        #expect(!text.contains("seam_info_secret_key"))
    }

    @Test func neverShowsAKeyFromTheEnvironmentOrAFlag() throws {
        let directory = try TemporaryDirectory()
        let fromEnvironment = KeydeskInfo.gather(version: "1", paths: paths(directory), environment: ["SEAM_API_KEY": "seam_env_secret"])
        #expect(fromEnvironment.lines.contains { $0.contains("SEAM_API_KEY environment variable") })
        #expect(!fromEnvironment.lines.joined().contains("seam_env_secret"))
        let fromFlag = KeydeskInfo.gather(version: "1", paths: paths(directory),
                                          flags: ConnectionFlags(apiKey: "seam_flag_secret"), environment: [:])
        #expect(fromFlag.lines.contains { $0.contains("--api-key flag") })
        #expect(!fromFlag.lines.joined().contains("seam_flag_secret"))
    }

    @Test func doesNotRunTheKeyCommand() throws {
        let directory = try TemporaryDirectory()
        let paths = paths(directory)
        let marker = directory.path + "/ran"
        try KeydeskConfig(defaultProfile: "cmd", profiles: [
            "cmd": Profile(name: "cmd", apiKeyCommand: "touch \(marker); echo seam_k"),
        ]).write(to: paths.configFile)
        let info = KeydeskInfo.gather(version: "1", paths: paths, environment: [:])
        #expect(info.lines.contains { $0.contains("api_key_command of profile 'cmd'") })
        #expect(!FileManager.default.fileExists(atPath: marker))
    }

    @Test func reportsAConfigProblemAfterThePaths() throws {
        let directory = try TemporaryDirectory()
        let paths = paths(directory)
        try directory.write("[profiles.a\n", to: ".config/keydesk/config.toml", mode: 0o600)
        let info = KeydeskInfo.gather(version: "1", paths: paths, environment: [:])
        #expect(info.problem?.kind == .syntax)
        #expect(info.lines.contains { $0.contains(paths.auditDatabase) })
        #expect(info.lines.last?.contains("line 1") == true)
    }
}
