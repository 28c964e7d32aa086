import ConsoleCore
import ConsoleServices
import Testing

private let config = KeydeskConfig(
    profiles: [
        "tower": Profile(name: "tower", endpoint: "https://tower.example", apiKey: APIKey("seam_bound_tower_key")),
        "seam": Profile(name: "seam", apiKey: APIKey("seam_bound_default_key")),
        "command": Profile(name: "command", endpoint: "https://tower.example", apiKeyCommand: "echo seam_bound_command_key"),
        "keyless": Profile(name: "keyless", endpoint: "https://keyless.example"),
        "local": Profile(name: "local", endpoint: "http://127.0.0.1:8080", apiKey: APIKey("seam_bound_local_key")),
    ],
    sourcePath: "/cfg/config.toml"
)

private func refusal(_ flags: ConnectionFlags, _ environment: [String: String] = [:],
                     sourceLocation: SourceLocation = #_sourceLocation) throws -> ConfigError {
    let error = try #require(throws: ConfigError.self, sourceLocation: sourceLocation) {
        try ConnectionResolver.resolve(flags: flags, environment: environment, config: config)
    }
    for secret in ["seam_bound_tower_key", "seam_bound_default_key", "seam_bound_command_key", "seam_bound_local_key", "seam_env_key"] {
        #expect(!error.message.contains(secret), "\(error.message)", sourceLocation: sourceLocation)
    }
    return error
}

private func endpoint(_ flags: ConnectionFlags, _ environment: [String: String] = [:]) throws -> String {
    guard case .remote(let settings) = try ConnectionResolver.resolve(flags: flags, environment: environment, config: config) else {
        Issue.record("expected a remote connection")
        return ""
    }
    return settings.endpoint
}

/// A profile's key goes only to its profile's endpoint, and no key goes over plain http to
/// another machine.
@Suite struct EndpointRulesTests {
    @Test func theEndpointFlagCannotSendAProfilesKeyToAnotherHost() throws {
        let error = try refusal(ConnectionFlags(endpoint: "https://elsewhere.example", profile: "tower"))
        #expect(error.kind == .keyBoundToEndpoint)
        #expect(error.message.contains("profile 'tower' is for https://tower.example"), "\(error.message)")
        #expect(error.message.contains("https://elsewhere.example (from --endpoint flag)"), "\(error.message)")
    }

    @Test func aKeyCommandsKeyIsBoundToo() throws {
        #expect(try refusal(ConnectionFlags(endpoint: "https://elsewhere.example", profile: "command")).kind == .keyBoundToEndpoint)
    }

    @Test func aProfileWithoutAnEndpointKeepsItsKeyForSeam() throws {
        let error = try refusal(ConnectionFlags(endpoint: "https://elsewhere.example", profile: "seam"))
        #expect(error.message.contains("https://connect.getseam.com (the profile names no endpoint)"), "\(error.message)")
        #expect(try endpoint(ConnectionFlags(endpoint: "https://connect.getseam.com/", profile: "seam")) == "https://connect.getseam.com/")
    }

    @Test func anotherSchemeOrPortIsAnotherServer() throws {
        #expect(try refusal(ConnectionFlags(endpoint: "https://tower.example:8443", profile: "tower")).kind == .keyBoundToEndpoint)
        #expect(try refusal(ConnectionFlags(endpoint: "http://127.0.0.1:8081", profile: "local")).kind == .keyBoundToEndpoint)
    }

    @Test func theProfilesOwnServerUnderAnotherSpellingIsAccepted() throws {
        #expect(try endpoint(ConnectionFlags(endpoint: "https://TOWER.example:443/", profile: "tower")) == "https://TOWER.example:443/")
    }

    @Test func theCallersOwnKeyMayGoToAnyHttpsEndpoint() throws {
        #expect(try endpoint(ConnectionFlags(endpoint: "https://elsewhere.example", profile: "keyless"), ["SEAM_API_KEY": "seam_env_key"])
            == "https://elsewhere.example")
        #expect(try endpoint(ConnectionFlags(), ["SEAM_API_KEY": "seam_env_key", "SEAM_ENDPOINT": "https://env.example"]) == "https://env.example")
    }

    @Test(arguments: ["http://seam.example.com", "http://10.0.0.5:8080", "http://127.0.0.1.evil.example", "http://localhost.evil.example",
                      "http://[::2]:80", "http://0.0.0.0:8080"])
    func plainHttpToAnotherMachineIsRefused(url: String) throws {
        let error = try refusal(ConnectionFlags(endpoint: url), ["SEAM_API_KEY": "seam_env_key"])
        #expect(error.kind == .invalidEndpoint)
        #expect(error.message.contains("'\(url)' (from --endpoint flag) uses plain http"), "\(error.message)")
        #expect(error.message.contains("use https"))
    }

    @Test(arguments: ["http://127.0.0.1:8080", "http://127.3.4.5", "http://localhost:9", "http://LOCALHOST.:9", "http://[::1]:8080"])
    func plainHttpToThisMachineIsAccepted(url: String) throws {
        #expect(try endpoint(ConnectionFlags(endpoint: url), ["SEAM_API_KEY": "seam_env_key"]) == url)
    }

    @Test func aProfilesOwnPlainHttpEndpointElsewhereIsRefused() throws {
        let remote = KeydeskConfig(profiles: ["lan": Profile(name: "lan", endpoint: "http://192.168.1.4", apiKey: APIKey("seam_lan"))])
        let error = try #require(throws: ConfigError.self) {
            try ConnectionResolver.resolve(flags: ConnectionFlags(profile: "lan"), environment: [:], config: remote)
        }
        #expect(error.message.contains("(from profile 'lan') uses plain http"), "\(error.message)")
    }
}
