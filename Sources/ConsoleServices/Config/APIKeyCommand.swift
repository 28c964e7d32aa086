/// Runs a profile's `api_key_command` (e.g. `pass show seam/tower-a`) through `SecretCommand`
/// and takes the first line it prints as the key. Errors name the profile and the exit status,
/// never the output.
public enum APIKeyCommand {
    public static func run(_ command: String, profile: String) throws(ConfigError) -> APIKey {
        APIKey(try SecretCommand.firstLine(of: command, describedAs: "api_key_command of profile '\(profile)'"))
    }
}
