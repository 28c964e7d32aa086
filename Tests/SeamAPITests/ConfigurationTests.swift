import Testing
@testable import SeamAPI

@Suite struct ConfigurationTests {
    @Test(arguments: ["seam_test2bMS_94SrGUXuNR2JmJkjtvBQDg5c", "seam_sandbox_key", "seam_apikey1_token"])
    func acceptsAPIKeys(key: String) throws {
        let configuration = try SeamConfiguration(apiKey: key, endpoint: "http://127.0.0.1:1234/")
        #expect(configuration.endpoint == "http://127.0.0.1:1234")
        #expect(configuration.credential == .apiKey(key))
    }

    @Test(arguments: [
        ("", SeamConfigurationError.Reason.missingCredential),
        ("sk_live_123", .apiKeyPrefix),
        ("seam_at1_abc_def", .apiKeyIsPersonalAccessToken),
        ("seam_cst1_abc", .apiKeyIsClientSessionToken),
        ("seam_pk1_abc", .apiKeyIsPublishableKey),
        ("eyJhbGciOi.x.y", .apiKeyIsConsoleSession),
    ])
    func rejectsBadKeyPrefixesBeforeAnyRequest(key: String, reason: SeamConfigurationError.Reason) {
        #expect(throws: SeamConfigurationError(reason, source: .option("--api-key"))) {
            try SeamConfiguration(apiKey: key, source: .option("--api-key"))
        }
    }

    @Test func rejectionMessagesNeverContainTheKey() {
        let key = "seam_at1_supersecretvalue"
        do {
            _ = try SeamConfiguration(apiKey: key)
            Issue.record("a PAT was accepted as an API key")
        } catch {
            #expect(!error.description.contains("supersecret"))
            #expect(error.description.contains("personal access token"))
        }
    }

    @Test func personalAccessTokenNeedsPrefixAndWorkspace() throws {
        let configuration = try SeamConfiguration(personalAccessToken: "seam_at1_x_y", workspaceId: "ws_1")
        #expect(configuration.credential.workspaceHeader == "ws_1")
        #expect(throws: SeamConfigurationError(.personalAccessTokenPrefix, source: .code)) {
            try SeamConfiguration(personalAccessToken: "seam_x", workspaceId: "ws_1")
        }
        #expect(throws: SeamConfigurationError(.missingWorkspaceId, source: .code)) {
            try SeamConfiguration(personalAccessToken: "seam_at1_x_y", workspaceId: "")
        }
    }

    @Test func environmentIsReadLikeTheSDKs() throws {
        let plain = try SeamConfiguration.fromEnvironment(["SEAM_API_KEY": "seam_k1"])
        #expect(plain.endpoint == "https://connect.getseam.com")
        #expect(plain.credentialSource == .environment("SEAM_API_KEY"))

        let custom = try SeamConfiguration.fromEnvironment(
            ["SEAM_API_KEY": "seam_k1", "SEAM_ENDPOINT": "http://localhost:8080", "SEAM_API_URL": "http://old:1"])
        #expect(custom.endpoint == "http://localhost:8080")

        let legacy = try SeamConfiguration.fromEnvironment(["SEAM_API_KEY": "seam_k1", "SEAM_API_URL": "http://old:1"])
        #expect(legacy.endpoint == "http://old:1")

        let pat = try SeamConfiguration.fromEnvironment(
            ["SEAM_PERSONAL_ACCESS_TOKEN": "seam_at1_a_b", "SEAM_WORKSPACE_ID": "ws9"])
        #expect(pat.credential == .personalAccessToken("seam_at1_a_b", workspaceId: "ws9"))
        #expect(pat.credentialSource == .environment("SEAM_PERSONAL_ACCESS_TOKEN"))
    }

    @Test func explicitOptionsWinOverTheEnvironment() throws {
        let configuration = try SeamConfiguration.fromEnvironment(
            ["SEAM_API_KEY": "seam_env", "SEAM_ENDPOINT": "http://env:1"], apiKey: "seam_flag",
            endpoint: "http://flag:2")
        #expect(configuration.credential == .apiKey("seam_flag"))
        #expect(configuration.credentialSource == .option("--api-key"))
        #expect(configuration.endpoint == "http://flag:2")
    }

    @Test func environmentErrors() {
        #expect(throws: SeamConfigurationError(.missingCredential, source: .environment("SEAM_API_KEY"))) {
            try SeamConfiguration.fromEnvironment([:])
        }
        #expect(throws: SeamConfigurationError(.bothCredentialsInEnvironment)) {
            try SeamConfiguration.fromEnvironment(["SEAM_API_KEY": "seam_a", "SEAM_PERSONAL_ACCESS_TOKEN": "seam_at_b"])
        }
        #expect(throws: SeamConfigurationError(.apiKeyPrefix, source: .environment("SEAM_API_KEY"))) {
            try SeamConfiguration.fromEnvironment(["SEAM_API_KEY": "nope"])
        }
        #expect(throws: SeamConfigurationError(.invalidEndpoint("ftp://x"))) {
            try SeamConfiguration.fromEnvironment(["SEAM_API_KEY": "seam_a", "SEAM_ENDPOINT": "ftp://x"])
        }
    }

    @Test func credentialDescriptionsHideTheSecret() throws {
        let configuration = try SeamConfiguration(personalAccessToken: "seam_at1_secret", workspaceId: "ws")
        #expect(!"\(configuration.credential)".contains("secret"))
        #expect(!String(reflecting: SeamCredential.apiKey("seam_secret")).contains("seam_secret"))
        #expect(!String(describing: configuration).contains("secret"))
        var dumped = ""
        dump(configuration.credential, to: &dumped)
        #expect(!dumped.contains("secret"))
    }
}
