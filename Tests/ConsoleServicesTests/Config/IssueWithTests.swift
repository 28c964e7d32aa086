import ConsoleCore
import ConsoleServices
import Foundation
import KeydeskTestSupport
import Testing

/// `issue_with` in a profile: how the wizard issues a key, through an Access Grant or through ACS
/// credentials (the default); anything else is refused with the file, line, key and allowed values.
@Suite struct IssueWithTests {
    private func parse(_ value: String) throws(ConfigError) -> Profile? {
        try KeydeskConfig.parse("# desk\n[profiles.desk]\napi_key = \"seam_desk\"\nissue_with = \(value)\n", path: "/etc/c.toml").profiles["desk"]
    }

    @Test func bothPathsAreReadAndTheDefaultIsACSCredentials() throws {
        #expect(try parse("\"access_grants\"")?.issuePath == .accessGrants)
        #expect(try parse("\"acs_credentials\"")?.issuePath == .acsCredentials)
        #expect(Profile(name: "unset").issuePath == .acsCredentials)
    }

    @Test(arguments: ["\"grants\"", "\"Access_Grants\"", "\"\"", "true", "1"])
    func anUnknownValueIsRefusedWithFileLineKeyAndAllowedValues(_ value: String) throws {
        let error = try #require(throws: ConfigError.self) { try parse(value) }
        #expect(error.kind == .invalidValue)
        #expect(error.message.hasPrefix("/etc/c.toml: line 4: 'profiles.desk.issue_with'"), "\(error.message)")
        #expect(error.message.contains("allowed values: \"access_grants\", \"acs_credentials\""), "\(error.message)")
    }

    @Test func theConsoleIsToldWhichPath() throws {
        let config = KeydeskConfig(profiles: [
            "grants": Profile(name: "grants", apiKey: APIKey("seam_g"), issueWith: .accessGrants),
            "plain": Profile(name: "plain", apiKey: APIKey("seam_p")),
        ])
        guard case .remote(let grants) = try ConnectionResolver.resolve(flags: ConnectionFlags(profile: "grants"), environment: [:], config: config),
              case .remote(let plain) = try ConnectionResolver.resolve(flags: ConnectionFlags(profile: "plain"), environment: [:], config: config)
        else {
            Issue.record("profiles with keys resolve to a remote endpoint")
            return
        }
        #expect(grants.issuePath == .accessGrants)
        #expect(plain.issuePath == .acsCredentials)
    }

    @Test func keydeskInfoSaysWhichPath() throws {
        let directory = try TemporaryDirectory()
        let paths = KeydeskPaths(environment: ["HOME": directory.path])
        try KeydeskConfig(defaultProfile: "tower", profiles: [
            "tower": Profile(name: "tower", apiKey: APIKey("seam_tower"), issueWith: .accessGrants),
        ]).write(to: paths.configFile)
        let text = KeydeskInfo.gather(version: "1", paths: paths, environment: [:]).lines.joined(separator: "\n")
        #expect(text.contains("issue with:   access_grants (the wizard issues keys through an Access Grant)"), "\(text)")
        let sandbox = KeydeskInfo.gather(version: "1", paths: KeydeskPaths(environment: ["HOME": try TemporaryDirectory().path]), environment: [:])
        #expect(sandbox.lines.contains("issue with:   acs_credentials (the wizard issues keys with ACS credentials)"))
    }
}
