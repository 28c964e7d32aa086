import ConsoleCore
import Foundation

/// Decides what the console connects to. Precedence, highest first:
/// 1. flags: `--api-key`, `--endpoint`, `--read-only`, and the profile named by `--profile`
///    (an explicitly named profile beats the environment for key and endpoint);
/// 2. environment: `SEAM_API_KEY` or `SEAM_PERSONAL_ACCESS_TOKEN` with `SEAM_WORKSPACE_ID`,
///    `SEAM_ENDPOINT` (or the legacy `SEAM_API_URL`), as the official SDKs read them;
/// 3. the `default_profile` of config.toml, used only when no key comes from a flag or the
///    environment (so its key is never mixed with another source's endpoint);
/// 4. nothing configured: the embedded sandbox.
/// Read-only is on if the flag or the profile says so. A profile's key only goes to its own
/// endpoint, and plain http only to this machine (`EndpointOrigin`).
public enum ConnectionResolver {
    /// Resolves the connection, running the profile's `api_key_command` if it has one.
    public static func resolve(
        flags: ConnectionFlags,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        config: KeydeskConfig
    ) throws(ConfigError) -> ConsoleConnection {
        try plan(flags: flags, environment: environment, config: config).connection()
    }

    /// Loads the config file at `paths.configFile`, then resolves as above.
    public static func resolve(
        flags: ConnectionFlags,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        paths: KeydeskPaths
    ) throws(ConfigError) -> ConsoleConnection {
        try resolve(flags: flags, environment: environment, config: KeydeskConfig.load(from: paths.configFile))
    }

    static func plan(
        flags: ConnectionFlags,
        environment: [String: String],
        config: KeydeskConfig
    ) throws(ConfigError) -> ConnectionPlan {
        let environmentAPIKey = nonEmpty(environment["SEAM_API_KEY"])
        let environmentToken = nonEmpty(environment["SEAM_PERSONAL_ACCESS_TOKEN"])
        if environmentAPIKey != nil, environmentToken != nil {
            throw ConfigError(.invalidValue, "both SEAM_API_KEY and SEAM_PERSONAL_ACCESS_TOKEN are set; unset one of them")
        }
        let environmentKey: (String, KeySource)? = environmentAPIKey.map { ($0, .environment) } ?? environmentToken.map { ($0, .environmentToken) }
        let environmentWorkspace = nonEmpty(environment["SEAM_WORKSPACE_ID"])
        let environmentEndpoint = nonEmpty(environment["SEAM_ENDPOINT"]).map { ($0, "SEAM_ENDPOINT environment variable") }
            ?? nonEmpty(environment["SEAM_API_URL"]).map { ($0, "SEAM_API_URL environment variable") }
        let flagKey = nonEmpty(flags.apiKey)
        let flagEndpoint = nonEmpty(flags.endpoint)

        var profile: Profile?
        var chosenBy: String?
        if let name = nonEmpty(flags.profile) {
            profile = try config.profile(named: name)
            chosenBy = "--profile"
        } else if flagKey == nil, environmentKey == nil, let name = config.defaultProfile {
            do {
                profile = try config.profile(named: name)
            } catch {
                throw ConfigError(.unknownProfile, "default_profile in \(config.sourcePath ?? "the config"): \(error.message)")
            }
            chosenBy = "default_profile"
        }
        let explicitProfile = chosenBy == "--profile" ? profile : nil

        let profileKey: (ConnectionPlan.KeyMaterial, KeySource)? = profile.flatMap { profile in
            if let key = profile.apiKey {
                return (.literal(key), .profile(name: profile.name, file: config.sourcePath ?? "the config"))
            }
            if let command = profile.apiKeyCommand { return (.command(command), .profileCommand(name: profile.name)) }
            return nil
        }
        let key: (ConnectionPlan.KeyMaterial, KeySource)? =
            if let flagKey { (.literal(APIKey(flagKey)), .flag) }
            else if explicitProfile != nil, let profileKey { profileKey }
            else if let environmentKey { (.literal(APIKey(environmentKey.0)), environmentKey.1) }
            else { profileKey }

        let profileEndpoint = profile.flatMap { p in p.endpoint.map { ($0, "profile '\(p.name)'") } }
        let endpoint: (String, String)? =
            if let flagEndpoint { (flagEndpoint, "--endpoint flag") }
            else if explicitProfile != nil, let profileEndpoint { profileEndpoint }
            else if let environmentEndpoint { environmentEndpoint }
            else { profileEndpoint }

        let readOnly = flags.readOnly || (profile?.readOnly ?? false)
        guard let (material, keySource) = key else {
            if let profile {
                throw ConfigError(
                    .missingKey,
                    "profile '\(profile.name)' has neither api_key nor api_key_command, and SEAM_API_KEY is not set"
                )
            }
            if let (url, source) = endpoint {
                throw ConfigError(
                    .missingKey,
                    "no API key for \(url) (from \(source)): set SEAM_API_KEY, pass --api-key, or use --profile"
                )
            }
            return ConnectionPlan(target: .embeddedSandbox, profileName: nil, profileChosenBy: nil, workspaceID: nil, readOnly: readOnly)
        }
        let (url, endpointSource) = endpoint ?? (ConnectionSettings.defaultEndpoint, "default")
        let origin = try EndpointOrigin.validated(url, source: endpointSource)
        if let profile, keySource.isFromProfile {
            try checkKeyBinding(of: profile, endpoint: url, origin: origin, source: endpointSource)
        }
        return ConnectionPlan(
            target: .remote(endpoint: url, endpointSource: endpointSource, key: material, keySource: keySource),
            profileName: profile?.name,
            profileChosenBy: chosenBy,
            workspaceID: explicitProfile?.workspaceID ?? environmentWorkspace ?? profile?.workspaceID,
            readOnly: readOnly,
            activityInterval: profile.map(\.activityFollowing) ?? ActivityFeed.defaultInterval,
            issuePath: profile?.issuePath ?? .acsCredentials
        )
    }

    /// A profile's key is for its profile's endpoint (Seam's, when the profile names none):
    /// `--endpoint` or `SEAM_ENDPOINT` cannot send it to another server.
    private static func checkKeyBinding(of profile: Profile, endpoint: String, origin: EndpointOrigin,
                                        source: String) throws(ConfigError) {
        let bound = profile.endpoint ?? ConnectionSettings.defaultEndpoint
        guard EndpointOrigin(bound) != origin else { return }
        throw ConfigError(
            .keyBoundToEndpoint,
            "the key of profile '\(profile.name)' is for \(bound)" + (profile.endpoint == nil ? " (the profile names no endpoint)" : "")
                + "; keydesk will not send it to \(endpoint) (from \(source)): drop that endpoint, or use a key meant for it"
        )
    }

    private static func nonEmpty(_ value: String?) -> String? {
        guard let trimmed = value?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        return trimmed
    }
}
