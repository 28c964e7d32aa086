import ConsoleCore
import ConsoleServices
import KeydeskTestSupport
import Testing

private let profiles = KeydeskConfig(
    defaultProfile: "home",
    profiles: [
        "home": Profile(name: "home", endpoint: "https://home.example", apiKey: APIKey("seam_home_key")),
        "tower": Profile(name: "tower", endpoint: "https://tower.example", apiKey: APIKey("seam_tower_key"),
                         workspaceID: "ws_tower", readOnly: true),
        "keyless": Profile(name: "keyless", endpoint: "https://keyless.example"),
        "cmd": Profile(name: "cmd", apiKeyCommand: "echo seam_cmd_key"),
        "pat": Profile(name: "pat", apiKey: APIKey("seam_at1_personal")),
    ],
    sourcePath: "/cfg/config.toml"
)

private func remote(
    _ flags: ConnectionFlags = ConnectionFlags(),
    _ environment: [String: String] = [:],
    _ config: KeydeskConfig = profiles
) throws -> ConnectionSettings {
    let connection = try ConnectionResolver.resolve(flags: flags, environment: environment, config: config)
    guard case .remote(let settings) = connection else {
        Issue.record("expected a remote connection, got \(connection)")
        throw ConfigError(.missingKey, "not remote")
    }
    return settings
}

@Suite struct ConnectionResolverTests {
    @Test func nothingConfiguredMeansTheEmbeddedSandbox() throws {
        let none = try ConnectionResolver.resolve(flags: ConnectionFlags(), environment: [:], config: KeydeskConfig())
        #expect(none == .embeddedSandbox(readOnly: false))
        let readOnly = try ConnectionResolver.resolve(flags: ConnectionFlags(readOnly: true), environment: [:], config: KeydeskConfig())
        #expect(readOnly == .embeddedSandbox(readOnly: true))
    }

    @Test func theEnvironmentKeyUsesTheDefaultEndpoint() throws {
        let settings = try remote(ConnectionFlags(), ["SEAM_API_KEY": "seam_env"], KeydeskConfig())
        #expect(settings.apiKey.revealedValue == "seam_env")
        #expect(settings.endpoint == ConnectionSettings.defaultEndpoint)
        #expect(settings.keySource == .environment)
        #expect(settings.profileName == nil)
    }

    @Test func aPersonalAccessTokenFromTheEnvironmentComesWithItsWorkspace() throws {
        let settings = try remote(ConnectionFlags(), ["SEAM_PERSONAL_ACCESS_TOKEN": "seam_at_env", "SEAM_WORKSPACE_ID": "ws_env"], KeydeskConfig())
        #expect(settings.apiKey.revealedValue == "seam_at_env")
        #expect(settings.workspaceID == "ws_env")
        #expect(settings.keySource == .environmentToken)

        let noWorkspace = #expect(throws: ConfigError.self, "a token without a workspace is refused") {
            _ = try ConnectionResolver.resolve(flags: ConnectionFlags(), environment: ["SEAM_PERSONAL_ACCESS_TOKEN": "seam_at_env"],
                                               config: KeydeskConfig())
        }
        #expect(noWorkspace?.message.contains("SEAM_WORKSPACE_ID") == true)
        #expect(throws: ConfigError.self, "a key and a token at once are refused") {
            _ = try ConnectionResolver.resolve(flags: ConnectionFlags(),
                                               environment: ["SEAM_API_KEY": "seam_env", "SEAM_PERSONAL_ACCESS_TOKEN": "seam_at_env"],
                                               config: KeydeskConfig())
        }
    }

    @Test func seamEndpointBeatsTheLegacySeamAPIURL() throws {
        let both = try remote(ConnectionFlags(), ["SEAM_API_KEY": "seam_env", "SEAM_ENDPOINT": "https://new.example",
                                                  "SEAM_API_URL": "https://legacy.example"], KeydeskConfig())
        #expect(both.endpoint == "https://new.example")
        let legacy = try remote(ConnectionFlags(), ["SEAM_API_KEY": "seam_env", "SEAM_API_URL": "https://legacy.example"], KeydeskConfig())
        #expect(legacy.endpoint == "https://legacy.example")
    }

    @Test func flagsBeatTheEnvironment() throws {
        let settings = try remote(
            ConnectionFlags(endpoint: "http://127.0.0.1:8080", apiKey: "seam_flag"),
            ["SEAM_API_KEY": "seam_env", "SEAM_ENDPOINT": "https://env.example"]
        )
        #expect(settings.apiKey.revealedValue == "seam_flag")
        #expect(settings.endpoint == "http://127.0.0.1:8080")
        #expect(settings.keySource == .flag)
        #expect(settings.profileName == nil)
    }

    @Test func theDefaultProfileAppliesWhenNothingElseGivesAKey() throws {
        let settings = try remote()
        #expect(settings.profileName == "home")
        #expect(settings.endpoint == "https://home.example")
        #expect(settings.apiKey.revealedValue == "seam_home_key")
        #expect(settings.keySource == .profile(name: "home", file: "/cfg/config.toml"))
    }

    @Test func theEnvironmentBeatsTheDefaultProfileAsAWhole() throws {
        let settings = try remote(ConnectionFlags(), ["SEAM_API_KEY": "seam_env"])
        #expect(settings.apiKey.revealedValue == "seam_env")
        #expect(settings.endpoint == ConnectionSettings.defaultEndpoint)
        #expect(settings.profileName == nil)
    }

    @Test func anEnvironmentEndpointCannotTakeTheDefaultProfilesKeyElsewhere() throws {
        let error = try #require(throws: ConfigError.self) {
            try ConnectionResolver.resolve(flags: ConnectionFlags(), environment: ["SEAM_ENDPOINT": "https://env.example"], config: profiles)
        }
        #expect(error.kind == .keyBoundToEndpoint)
        #expect(error.message.contains("profile 'home' is for https://home.example"), "\(error.message)")
        #expect(error.message.contains("https://env.example (from SEAM_ENDPOINT environment variable)"), "\(error.message)")
        #expect(!error.message.contains("seam_home_key"))
    }

    @Test func aNamedProfileBeatsTheEnvironment() throws {
        let settings = try remote(ConnectionFlags(profile: "tower"),
                                  ["SEAM_API_KEY": "seam_env", "SEAM_ENDPOINT": "https://env.example"])
        #expect(settings.profileName == "tower")
        #expect(settings.apiKey.revealedValue == "seam_tower_key")
        #expect(settings.endpoint == "https://tower.example")
        #expect(settings.workspaceID == "ws_tower")
    }

    @Test func endpointAndKeyFlagsBeatANamedProfile() throws {
        let settings = try remote(ConnectionFlags(endpoint: "http://127.0.0.1:9", apiKey: "seam_flag", profile: "tower"))
        #expect(settings.endpoint == "http://127.0.0.1:9")
        #expect(settings.apiKey.revealedValue == "seam_flag")
        #expect(settings.keySource == .flag)
        #expect(settings.readOnly)
    }

    @Test func aKeylessNamedProfileTakesTheEnvironmentKey() throws {
        let settings = try remote(ConnectionFlags(profile: "keyless"), ["SEAM_API_KEY": "seam_env"])
        #expect(settings.endpoint == "https://keyless.example")
        #expect(settings.keySource == .environment)
    }

    @Test func readOnlyComesFromTheFlagOrTheProfile() throws {
        #expect(try remote(ConnectionFlags(profile: "tower")).readOnly)
        #expect(try remote(ConnectionFlags(profile: "home", readOnly: true)).readOnly)
        #expect(try !remote(ConnectionFlags(profile: "home")).readOnly)
    }

    @Test func theKeyCommandRunsAndIsNamedAsTheSource() throws {
        let settings = try remote(ConnectionFlags(profile: "cmd"))
        #expect(settings.apiKey.revealedValue == "seam_cmd_key")
        #expect(settings.keySource == .profileCommand(name: "cmd"))
        #expect(settings.keySource.description == "api_key_command of profile 'cmd'")
    }

    @Test func keySourcesDescribeThemselves() {
        #expect(KeySource.flag.description == "--api-key flag")
        #expect(KeySource.environment.description == "SEAM_API_KEY environment variable")
        #expect(KeySource.profile(name: "x", file: "/c.toml").description == "profile 'x' in /c.toml")
    }

    @Test func anUnknownProfileFlagListsTheKnownProfiles() throws {
        let error = try #require(throws: ConfigError.self) {
            try ConnectionResolver.resolve(flags: ConnectionFlags(profile: "nope"), environment: [:], config: profiles)
        }
        #expect(error.kind == .unknownProfile)
        #expect(error.message.contains("cmd, home, keyless, pat, tower"))
    }

    @Test func aDefaultProfileThatDoesNotExistIsReported() throws {
        let config = KeydeskConfig(defaultProfile: "gone", profiles: ["a": Profile(name: "a")], sourcePath: "/c.toml")
        let error = try #require(throws: ConfigError.self) {
            try ConnectionResolver.resolve(flags: ConnectionFlags(), environment: [:], config: config)
        }
        #expect(error.kind == .unknownProfile)
        #expect(error.message.contains("default_profile"))
        #expect(error.message.contains("known profiles: a"))
    }

    @Test func anEndpointWithoutAKeyIsAnErrorNotTheSandbox() throws {
        let error = try #require(throws: ConfigError.self) {
            try ConnectionResolver.resolve(flags: ConnectionFlags(endpoint: "https://x.example"), environment: [:], config: KeydeskConfig())
        }
        #expect(error.kind == .missingKey)
        let keyless = try #require(throws: ConfigError.self) {
            try ConnectionResolver.resolve(flags: ConnectionFlags(profile: "keyless"), environment: [:], config: profiles)
        }
        #expect(keyless.message.contains("'keyless'"))
    }

    @Test func aPersonalAccessTokenNeedsAWorkspace() throws {
        let error = try #require(throws: ConfigError.self) {
            try ConnectionResolver.resolve(flags: ConnectionFlags(profile: "pat"), environment: [:], config: profiles)
        }
        #expect(error.message.contains("workspace_id"))
        #expect(!error.message.contains("seam_at1_personal"))
    }

    @Test func aMalformedEndpointIsRefused() throws {
        let error = try #require(throws: ConfigError.self) {
            try ConnectionResolver.resolve(flags: ConnectionFlags(endpoint: "connect.getseam.com", apiKey: "seam_k"),
                                           environment: [:], config: KeydeskConfig())
        }
        #expect(error.kind == .invalidEndpoint)
        #expect(error.message.contains("--endpoint flag"))
    }
}

@Suite struct ConnectionResolverFileTests {
    @Test func resolvingFromPathsReadsTheConfigFile() throws {
        let directory = try TemporaryDirectory()
        let paths = KeydeskPaths(environment: ["HOME": directory.path])
        #expect(try ConnectionResolver.resolve(flags: ConnectionFlags(), environment: [:], paths: paths) == .embeddedSandbox(readOnly: false))
        try KeydeskConfig(defaultProfile: "a", profiles: ["a": Profile(name: "a", apiKey: APIKey("seam_file"), readOnly: true)])
            .write(to: paths.configFile)
        let connection = try ConnectionResolver.resolve(flags: ConnectionFlags(), environment: [:], paths: paths)
        #expect(connection.isReadOnly)
        guard case .remote(let settings) = connection else {
            Issue.record("expected remote, got \(connection)")
            return
        }
        #expect(settings.keySource == .profile(name: "a", file: paths.configFile))
    }

    @Test func anUnknownProfileWithoutAConfigFileSaysTheFileIsMissing() throws {
        let directory = try TemporaryDirectory()
        let paths = KeydeskPaths(environment: ["HOME": directory.path])
        let error = try #require(throws: ConfigError.self) {
            try ConnectionResolver.resolve(flags: ConnectionFlags(profile: "x"), environment: [:], paths: paths)
        }
        #expect(error.message.contains(paths.configFile + " (the file does not exist)"))
    }
}
