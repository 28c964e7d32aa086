import SeamSandbox

/// What `keydesk sandbox` says on stderr when it listens beyond loopback while it still accepts
/// the default API key or personal access token, which anyone who has read the README knows.
enum SandboxExposureWarning {
    /// The warning for these settings, or nil when the sandbox is reachable only from this
    /// machine or answers only to credentials of the operator's choosing.
    static func text(host: String, apiKey: String, personalAccessToken: String) -> String? {
        guard !isLoopback(host) else { return nil }
        var defaults: [String] = []
        if apiKey == SandboxOptions().apiKey { defaults.append("API key (--api-key)") }
        if personalAccessToken == SandboxOptions.defaultPersonalAccessToken { defaults.append("personal access token (--personal-access-token)") }
        guard !defaults.isEmpty else { return nil }
        return "listening on \(host), beyond loopback, with the default \(defaults.joined(separator: " and the default ")): "
            + "anyone who can reach this port can use the sandbox; choose your own."
    }

    /// 127.0.0.0/8, ::1 and localhost.
    static func isLoopback(_ host: String) -> Bool {
        let name = host.lowercased()
        return name == "localhost" || name == "::1" || name == "[::1]" || name.hasPrefix("127.")
    }
}
