import ConsoleCore
import ConsoleServices
import KeydeskTestSupport
import Testing

private let sampleConfig = """
    default_profile = "tower-a"

    [profiles.tower-a]
    endpoint = "https://connect.getseam.com"
    api_key = "seam_tower_a_secret"
    workspace_id = "ws_1"
    read_only = true

    [profiles.tower-b]
    api_key_command = "pass show seam/tower-b"
    """

@Suite struct ConfigLoadingTests {
    @Test func aMissingFileIsAnEmptyConfig() throws {
        let directory = try TemporaryDirectory()
        let config = try KeydeskConfig.load(from: directory.path + "/none/config.toml")
        #expect(config.profiles.isEmpty)
        #expect(config.defaultProfile == nil)
    }

    @Test func readsEveryProfileField() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write(sampleConfig, to: "config.toml", mode: 0o600)
        let config = try KeydeskConfig.load(from: path)
        #expect(config.defaultProfile == "tower-a")
        #expect(config.profileNames == ["tower-a", "tower-b"])
        #expect(config.profiles["tower-a"] == Profile(
            name: "tower-a", endpoint: "https://connect.getseam.com", apiKey: APIKey("seam_tower_a_secret"),
            workspaceID: "ws_1", readOnly: true
        ))
        #expect(config.profiles["tower-b"] == Profile(name: "tower-b", apiKeyCommand: "pass show seam/tower-b"))
        #expect(config.sourcePath == path)
    }

    @Test func aSyntaxErrorNamesTheFileAndLine() throws {
        let directory = try TemporaryDirectory()
        let text = "default_profile = \"a\"\n\n[profiles.a]\nendpoint = \"https://x.example\n"
        let path = try directory.write(text, to: "config.toml", mode: 0o600)
        let error = try #require(throws: ConfigError.self) { try KeydeskConfig.load(from: path) }
        #expect(error.kind == .syntax)
        #expect(error.message.contains(path))
        #expect(error.message.contains("line 4"))
    }

    @Test func unknownKeysAreRefusedByNameAndLine() throws {
        let directory = try TemporaryDirectory()
        let text = "[profiles.a]\napi_key_command = \"true\"\nreadonly = true\n"
        let path = try directory.write(text, to: "config.toml", mode: 0o600)
        let error = try #require(throws: ConfigError.self) { try KeydeskConfig.load(from: path) }
        #expect(error.kind == .unknownKeys)
        #expect(error.message.contains("'profiles.a.readonly' (line 3)"))
        #expect(error.message.contains(path))
        #expect(error.message.contains("read_only"))
    }

    @Test func unknownTopLevelKeysAreRefusedToo() throws {
        let error = try #require(throws: ConfigError.self) {
            try KeydeskConfig.parse("defualt_profile = \"a\"\n[profile.a]\nendpoint = \"https://x.example\"\n", path: "/c.toml")
        }
        #expect(error.kind == .unknownKeys)
        #expect(error.message.contains("'defualt_profile' (line 1)"))
        #expect(error.message.contains("'profile' (line 2)"))
    }

    @Test func wrongValueTypesAreRefused() throws {
        let error = try #require(throws: ConfigError.self) {
            try KeydeskConfig.parse("[profiles.a]\nread_only = \"yes\"\n", path: "/c.toml")
        }
        #expect(error.kind == .invalidValue)
        #expect(error.message.contains("profiles.a.read_only"))
    }

    @Test func aKeyAndACommandInOneProfileAreRefused() throws {
        let error = try #require(throws: ConfigError.self) {
            try KeydeskConfig.parse("[profiles.a]\napi_key = \"seam_x\"\napi_key_command = \"true\"\n", path: "/c.toml")
        }
        #expect(error.kind == .invalidValue)
        #expect(!error.message.contains("seam_x"))
    }

    @Test func aFileWithAKeyReadableByOthersIsRefusedWithTheChmodFix() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write(sampleConfig, to: "config.toml", mode: 0o644)
        let error = try #require(throws: ConfigError.self) { try KeydeskConfig.load(from: path) }
        #expect(error.kind == .insecurePermissions)
        #expect(error.message.contains("chmod 600 \(path)"))
        #expect(error.message.contains("0644"))
        #expect(!error.message.contains("seam_tower_a_secret"))
    }

    @Test func aFileWithAKeyReadableByGroupOnlyIsRefused() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write(sampleConfig, to: "config.toml", mode: 0o640)
        let error = try #require(throws: ConfigError.self) { try KeydeskConfig.load(from: path) }
        #expect(error.kind == .insecurePermissions)
    }

    @Test func aPrivateFileWithAKeyIsAccepted() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write(sampleConfig, to: "config.toml", mode: 0o600)
        #expect(try KeydeskConfig.load(from: path).profiles.count == 2)
    }

    @Test func aReadableFileWithoutKeysOrKeyCommandsIsAccepted() throws {
        let directory = try TemporaryDirectory()
        let text = "[profiles.b]\nendpoint = \"https://b.example\"\nread_only = true\n"
        let path = try directory.write(text, to: "config.toml", mode: 0o644)
        #expect(try KeydeskConfig.load(from: path).profiles["b"]?.readOnly == true)
    }

    @Test func aFileWithAKeyCommandReadableByOthersIsRefused() throws {
        let directory = try TemporaryDirectory()
        let text = "[profiles.b]\napi_key_command = \"pass show seam/b\"\n"
        let path = try directory.write(text, to: "config.toml", mode: 0o644)
        let error = try #require(throws: ConfigError.self) { try KeydeskConfig.load(from: path) }
        #expect(error.kind == .insecurePermissions)
        #expect(error.message.contains("api_key_command"))
        #expect(error.message.contains("chmod 600 \(path)"))
    }

    @Test func anUnknownProfileListsTheKnownOnes() throws {
        let config = try KeydeskConfig.parse(sampleConfig, path: "/c.toml")
        let error = try #require(throws: ConfigError.self) { try config.profile(named: "tower-c") }
        #expect(error.kind == .unknownProfile)
        #expect(error.message.contains("'tower-c'"))
        #expect(error.message.contains("tower-a, tower-b"))
    }
}
