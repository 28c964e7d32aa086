import Foundation
import Testing

/// `keydesk` run as a script against a sandbox process: the endpoint and key in the
/// environment, a throw-away home (so the audit log and the journal are the test's own).
struct ScriptRun {
    let server: SandboxProcess
    let home: ScratchHome
    let apiKey: String

    /// Runs `body` with a new sandbox process (with `options`, the issue delay, and its request
    /// log kept if asked) and a new home, both removed after.
    static func with(apiKey: String, sandbox options: [String] = [], issueDelaySeconds: Int = 0, keepLog: Bool = false,
                     _ body: (ScriptRun) async throws -> Void) async throws {
        let server = try await SandboxProcess(apiKey: apiKey, issueDelaySeconds: issueDelaySeconds, options: options, keepLog: keepLog)
        let home = try ScratchHome()
        defer { server.stop(); home.remove() }
        try await body(ScriptRun(server: server, home: home, apiKey: apiKey))
    }

    var environment: [String: String] {
        home.environment(["SEAM_API_KEY": apiKey, "SEAM_ENDPOINT": server.endpoint])
    }

    func run(_ arguments: [String], timeout: Duration = .seconds(60)) async throws -> KeydeskProcess.Result {
        try await KeydeskProcess.start(arguments, environment: environment).finish(timeout: timeout)
    }

    /// Writes a profile for this sandbox (endpoint and key) in the home's config.toml, with
    /// `settings` (TOML lines) added.
    func writeProfile(_ name: String, _ settings: String = "") throws {
        try home.writeConfig("""
            [profiles.\(name)]
            endpoint = "\(server.endpoint)"
            api_key = "\(apiKey)"
            \(settings)

            """)
    }

    /// Runs keydesk with `--profile name` and no SEAM_* variables: the profile alone decides.
    func run(_ arguments: [String], profile: String, timeout: Duration = .seconds(60)) async throws -> KeydeskProcess.Result {
        try await KeydeskProcess.start(arguments + ["--profile", profile], environment: home.environment()).finish(timeout: timeout)
    }

    /// The audit log's JSON (`keydesk audit --json`) as objects.
    func auditRows() async throws -> [[String: Any]] {
        let result = try await run(["audit", "--json"])
        #expect(result.status == 0, "\(result.standardError)")
        return (try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [[String: Any]]) ?? []
    }
}

/// Output with what changes from run to run replaced: ids (UUIDs) and timestamps, each by a
/// placeholder of the same width so that table columns stay aligned.
enum StableText {
    static func of(_ text: String) -> String {
        text.replacingOccurrences(of: #"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"#,
                                  with: "<id>" + String(repeating: ".", count: 32), options: .regularExpression)
            .replacingOccurrences(of: #"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z"#, with: "<time>" + String(repeating: ".", count: 18),
                                  options: .regularExpression)
    }
}
