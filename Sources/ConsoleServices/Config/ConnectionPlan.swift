import ConsoleCore

/// A resolved connection before any `api_key_command` has run: what `keydesk info` describes
/// (it must not run a password manager just to print paths) and what `resolve` completes.
struct ConnectionPlan: Sendable {
    enum KeyMaterial: Sendable {
        case literal(APIKey)
        case command(String)
    }

    enum Target: Sendable {
        case remote(endpoint: String, endpointSource: String, key: KeyMaterial, keySource: KeySource)
        case embeddedSandbox
    }

    var target: Target
    var profileName: String?
    /// How the profile was chosen: "--profile" or "default_profile".
    var profileChosenBy: String?
    var workspaceID: String?
    var readOnly: Bool
    /// From the profile's `activity_interval` (the default when it has none).
    var activityInterval: Duration? = ActivityFeed.defaultInterval
    /// From the profile's `issue_with` (ACS credentials when it has none, or there is no profile).
    var issuePath: IssuePath = .acsCredentials

    /// Runs the key command if there is one and returns what the console connects to.
    func connection() throws(ConfigError) -> ConsoleConnection {
        switch target {
        case .embeddedSandbox:
            return .embeddedSandbox(readOnly: readOnly)
        case .remote(let endpoint, _, let material, let keySource):
            let key: APIKey
            switch material {
            case .literal(let literal): key = literal
            case .command(let command): key = try APIKeyCommand.run(command, profile: profileName ?? "?")
            }
            if key.revealedValue.hasPrefix("seam_at"), workspaceID == nil {
                throw ConfigError(
                    .missingKey,
                    "the API key from \(keySource) is a personal access token (seam_at…), which needs a workspace: "
                        + "set workspace_id in the profile, or SEAM_WORKSPACE_ID"
                )
            }
            return .remote(ConnectionSettings(
                endpoint: endpoint, apiKey: key, workspaceID: workspaceID, readOnly: readOnly,
                profileName: profileName, keySource: keySource, activityInterval: activityInterval,
                issuePath: issuePath
            ))
        }
    }
}
