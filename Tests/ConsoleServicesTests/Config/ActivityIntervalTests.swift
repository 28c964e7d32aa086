import ConsoleCore
import ConsoleServices
import Testing

/// `activity_interval` in a profile: whole seconds between two asks for new events, 0 to stop
/// following them; anything else is refused with the fix.
@Suite struct ActivityIntervalTests {
    private func parse(_ value: String) throws(ConfigError) -> Profile? {
        try KeydeskConfig.parse("[profiles.desk]\napi_key = \"seam_desk\"\nactivity_interval = \(value)\n", path: "/c.toml").profiles["desk"]
    }

    @Test func secondsAreReadAndZeroStopsFollowing() throws {
        #expect(try parse("5")?.activityInterval == 5)
        #expect(try parse("5")?.activityFollowing == .seconds(5))
        #expect(try parse("0")?.activityFollowing == nil)
        #expect(try parse("3600")?.activityFollowing == .seconds(3600))
        #expect(Profile(name: "unset").activityFollowing == ActivityFeed.defaultInterval, "a profile without it keeps the default")
    }

    @Test(arguments: ["-1", "3601", "2.5", "\"5\"", "true"])
    func anythingButWholeSecondsIsRefused(_ value: String) throws {
        let error = try #require(throws: ConfigError.self) { try parse(value) }
        #expect(error.kind == .invalidValue)
        #expect(error.message.contains("'profiles.desk.activity_interval' must be whole seconds from 1 to 3600, or 0"))
    }

    @Test func theResolvedConnectionCarriesIt() throws {
        let config = KeydeskConfig(profiles: [
            "quiet": Profile(name: "quiet", apiKey: APIKey("seam_quiet"), activityInterval: 0),
            "busy": Profile(name: "busy", apiKey: APIKey("seam_busy"), activityInterval: 2),
        ])
        let quiet = try ConnectionResolver.resolve(flags: ConnectionFlags(profile: "quiet"), environment: [:], config: config)
        let busy = try ConnectionResolver.resolve(flags: ConnectionFlags(profile: "busy"), environment: [:], config: config)
        let environment = try ConnectionResolver.resolve(flags: ConnectionFlags(), environment: ["SEAM_API_KEY": "seam_env"], config: KeydeskConfig())
        #expect(quiet.activityInterval == nil)
        #expect(busy.activityInterval == .seconds(2))
        #expect(environment.activityInterval == ActivityFeed.defaultInterval)
        #expect(ConsoleConnection.embeddedSandbox(readOnly: false).activityInterval == ActivityFeed.defaultInterval)
    }
}
