import Foundation
import Testing

/// The built `keydesk` console in tmux: against `keydesk sandbox` run as its own process, and
/// with nothing configured (the embedded sandbox), as a newcomer would start it.
@Suite(.enabled(if: Tmux.isAvailable, "tmux is not installed"))
struct ConsoleEndToEndTests {
    /// A scratch XDG home so the test never reads or writes the developer's own files.
    private func scratchHome() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("keydesk-e2e-home-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    private func environment(home: String, extra: [String: String] = [:]) -> [String: String] {
        // Empty SEAM_* values count as unset, so a developer's own key never leaks into a test.
        ["LANG": "C.UTF-8", "TERM": "xterm-256color", "HOME": home, "XDG_CONFIG_HOME": home + "/config",
         "XDG_DATA_HOME": home + "/data", "XDG_STATE_HOME": home + "/state",
         "SEAM_API_KEY": "", "SEAM_ENDPOINT": "", "SEAM_API_URL": "", "SEAM_PERSONAL_ACCESS_TOKEN": ""].merging(extra) { $1 }
    }

    @Test func browsesASandboxServerRunningAsItsOwnProcess() async throws {
        let server = Process()
        server.executableURL = BinaryLocator.keydesk
        server.arguments = ["sandbox", "--in-memory", "--port", "0", "--issue-delay", "0", "--api-key", "seam_e2e_console"]
        let out = Pipe()
        server.standardOutput = out
        server.standardError = FileHandle.nullDevice
        try server.run()
        defer { if server.isRunning { server.terminate() } }
        let lines = await SandboxCommandTests.readLines(out.fileHandleForReading, count: 2)
        try #require(lines.count == 2 && lines[0].hasPrefix("listening on "), "sandbox said: \(lines)")
        let endpoint = String(lines[0].dropFirst("listening on ".count))

        let home = try scratchHome()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let tmux = try Tmux.keydesk("--endpoint \(endpoint)", environment: environment(home: home, extra: ["SEAM_API_KEY": "seam_e2e_console"]))
        defer { tmux.stop() }
        var screen = try tmux.waitFor(text: "Maple Court")
        #expect(screen.contains("127.0.0.1"), "the status bar names the endpoint: \(screen)")
        #expect(!screen.contains("seam_e2e_console"), "the key is never shown")
        try tmux.type("2")
        screen = try tmux.waitFor("the users pane") { $0.contains("Email") && $0.contains("@") }
        try tmux.press("Enter")
        try tmux.waitFor(text: "Credentials")
        try tmux.press("Escape")
        try tmux.type("4")
        try tmux.waitFor(text: "Ends")
        try tmux.press("Enter")
        try tmux.waitFor(text: "Opens ")
        try tmux.press("Escape")
        try tmux.type("q")
        _ = try tmux.expectRestored(exitStatus: 0)
        kill(server.processIdentifier, SIGTERM)
    }

    @Test func startsTheEmbeddedSandboxWhenNothingIsConfiguredAndKeepsItsData() throws {
        let home = try scratchHome()
        defer { try? FileManager.default.removeItem(atPath: home) }
        for run in 1...2 {
            let tmux = try Tmux.keydesk("", environment: environment(home: home))
            defer { tmux.stop() }
            let screen = try tmux.waitFor(text: "Maple Court", timeout: .seconds(30))
            #expect(screen.contains("SANDBOX"), "run \(run): \(screen)")
            try tmux.type("q")
            _ = try tmux.expectRestored(exitStatus: 0)
        }
        #expect(FileManager.default.fileExists(atPath: home + "/data/keydesk/sandbox"), "data kept under XDG_DATA_HOME")
    }
}
