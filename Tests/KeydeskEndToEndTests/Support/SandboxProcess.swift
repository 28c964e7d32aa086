import Foundation
import KeydeskTestSupport
import Testing

/// `keydesk sandbox` running as its own process (in memory, a free port), for end-to-end
/// tests that point the console or an SDK at it. Terminated on `stop()` and on deinit.
final class SandboxProcess {
    let endpoint: String
    /// The sandbox's workspace, which a personal access token must name.
    let workspaceID: String
    let personalAccessToken: String
    private let process: SpawnedProcess
    /// Whether the request log (the sandbox's stderr) is kept for `requests()`.
    private let keepsLog: Bool

    /// Starts the server and waits for its `listening on …`, key, workspace and token lines.
    /// `options`: more `keydesk sandbox` options (`--latency`, `--rate-limit`, `--seed`…).
    /// `data`: a data directory (kept across processes) instead of memory. `keepLog`: keep the
    /// request log for `requests()`.
    init(apiKey: String, issueDelaySeconds: Int = 0, options: [String] = [], data: String? = nil, keepLog: Bool = false,
         sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let storage = data.map { ["--data", $0] } ?? ["--in-memory"]
        process = try SpawnedProcess([BinaryLocator.keydesk.path, "sandbox"] + storage
                                     + ["--port", "0", "--issue-delay", "\(issueDelaySeconds)", "--api-key", apiKey] + options)
        keepsLog = keepLog
        // Its stdout goes to a file: read it until the four lines are there (or it ended).
        var lines: [String] = []
        let deadline = ContinuousClock.now + .seconds(60)
        while ContinuousClock.now < deadline {
            lines = process.standardOutputSoFar.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if lines.count > 4 || !process.isRunning { break }
            try await Task.sleep(for: .milliseconds(20))
        }
        lines = Array(lines.prefix(4))
        guard lines.count == 4, lines[0].hasPrefix("listening on "), lines[2].hasPrefix("workspace: "),
              lines[3].hasPrefix("personal access token: ") else {
            process.terminate(SIGKILL)
            Issue.record("sandbox said: \(lines); stderr: \(process.standardErrorSoFar.suffix(2_000))", sourceLocation: sourceLocation)
            throw CancellationError()
        }
        endpoint = String(lines[0].dropFirst("listening on ".count))
        workspaceID = String(lines[2].dropFirst("workspace: ".count))
        personalAccessToken = String(lines[3].dropFirst("personal access token: ".count))
    }

    deinit { stop() }

    /// Stops the server (SIGTERM; it stops cleanly) and removes its output files once it has.
    func stop() {
        guard process.isRunning else { return }
        process.terminate()
        let spawned = process
        Task { _ = try? await spawned.finish(timeout: .seconds(10)) }
    }

    /// Stops the server and waits until it has exited (so another can open its data directory).
    func stopAndWait() {
        process.terminate()
        _ = process.finishBlocking()
    }

    /// The requests logged so far (with `keepLog`), as "METHOD /route STATUS", in order. A request
    /// is logged before its response is sent, so every request of a finished client is here.
    func requests() -> [String] {
        guard keepsLog else { return [] }
        return process.standardErrorSoFar.split(separator: "\n").compactMap { line in
            guard let match = line.firstMatch(of: #/(GET|POST|PUT|PATCH|DELETE) (/\S*) (\d{3}) /#) else { return nil }
            return "\(match.1) \(match.2) \(match.3)"
        }
    }
}

/// A throw-away XDG home, so end-to-end runs never read or write the developer's own files.
struct ScratchHome {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("keydesk-e2e-home-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// The environment of a keydesk run in this home. Empty SEAM_* values count as unset, so a
    /// developer's own key never leaks into a test.
    func environment(_ extra: [String: String] = [:]) -> [String: String] {
        ["LANG": "C.UTF-8", "TERM": "xterm-256color", "HOME": path, "XDG_CONFIG_HOME": path + "/config",
         "XDG_DATA_HOME": path + "/data", "XDG_STATE_HOME": path + "/state",
         "SEAM_API_KEY": "", "SEAM_ENDPOINT": "", "SEAM_API_URL": "", "SEAM_PERSONAL_ACCESS_TOKEN": "", "SEAM_WORKSPACE_ID": ""].merging(extra) { $1 }
    }

    /// Writes keydesk's config.toml in this home (0600, as a file holding keys must be).
    func writeConfig(_ toml: String) throws {
        let directory = path + "/config/keydesk"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try toml.write(toFile: directory + "/config.toml", atomically: true, encoding: .utf8)
        chmod(directory + "/config.toml", 0o600)
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
