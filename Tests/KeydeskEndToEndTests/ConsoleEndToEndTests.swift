import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
import KeydeskTestSupport

/// The built `keydesk` console in tmux: against `keydesk sandbox` run as its own process, and
/// with nothing configured (the embedded sandbox), as a newcomer would start it.
/// Without tmux the tests are skipped, or fail under CI (`Prerequisite`).
@Suite
struct ConsoleEndToEndTests {
    @Test func browsesASandboxServerRunningAsItsOwnProcess() async throws {
        let server = try await SandboxProcess(apiKey: "seam_e2e_console")
        defer { server.stop() }
        let home = try ScratchHome()
        defer { home.remove() }
        let tmux = try Tmux.keydesk("--endpoint \(server.endpoint)", environment: home.environment(["SEAM_API_KEY": "seam_e2e_console"]))
        defer { tmux.stop() }
        var screen = try await tmux.waitFor(text: "Maple Court")
        #expect(screen.contains("127.0.0.1"), "the status bar names the endpoint: \(screen)")
        #expect(!screen.contains("seam_e2e_console"), "the key is never shown")
        try tmux.type("2")
        screen = try await tmux.waitFor("the users pane") { $0.contains("Email") && $0.contains("@") }
        try tmux.press("Enter")
        try await tmux.waitFor(text: "Credentials")
        try tmux.press("Escape")
        try tmux.type("4")
        try await tmux.waitFor(text: "Ends")
        try tmux.press("Enter")
        try await tmux.waitFor(text: "Opens ")
        try tmux.press("Escape")
        try tmux.type("q")
        _ = try await tmux.expectRestored(exitStatus: 0)
    }

    @Test func aPersonalAccessTokenWithItsWorkspaceConnectsFromAProfileOrTheEnvironment() async throws {
        let server = try await SandboxProcess(apiKey: "seam_e2e_console")
        defer { server.stop() }
        let home = try ScratchHome()
        defer { home.remove() }
        try home.writeConfig("""
            [profiles.token]
            endpoint = "\(server.endpoint)"
            api_key = "\(server.personalAccessToken)"
            workspace_id = "\(server.workspaceID)"

            """)
        // From the profile, then from the environment as the SDKs read it.
        let environment = ["SEAM_ENDPOINT": server.endpoint, "SEAM_PERSONAL_ACCESS_TOKEN": server.personalAccessToken,
                           "SEAM_WORKSPACE_ID": server.workspaceID]
        for (arguments, extra) in [("--profile token", [:]), ("", environment)] {
            let tmux = try Tmux.keydesk(arguments, environment: home.environment(extra))
            defer { tmux.stop() }
            let screen = try await tmux.waitFor(text: "Maple Court", timeout: .seconds(30))
            #expect(!screen.contains("API PROBLEM"), "\(screen)")
            #expect(!screen.contains("SANDBOX"), "the sandbox server, not the embedded one: \(screen)")
            #expect(!screen.contains(server.personalAccessToken), "the token is never shown")
            try tmux.type("q")
            _ = try await tmux.expectRestored(exitStatus: 0)
        }
    }

    @Test func startsTheEmbeddedSandboxWhenNothingIsConfiguredAndKeepsItsData() async throws {
        let home = try ScratchHome()
        defer { home.remove() }
        for run in 1...2 {
            let tmux = try Tmux.keydesk("", environment: home.environment())
            defer { tmux.stop() }
            let screen = try await tmux.waitFor(text: "Maple Court", timeout: .seconds(30))
            #expect(screen.contains("SANDBOX"), "run \(run): \(screen)")
            try tmux.type("q")
            _ = try await tmux.expectRestored(exitStatus: 0)
        }
        #expect(FileManager.default.fileExists(atPath: home.path + "/data/keydesk/sandbox"), "data kept under XDG_DATA_HOME")
    }

    @Test func theEmbeddedSandboxRefusesTheDocumentedDefaultKey() async throws {
        let home = try ScratchHome()
        defer { home.remove() }
        let tmux = try Tmux.keydesk("", environment: home.environment())
        defer { tmux.stop() }
        try await tmux.waitFor(text: "SANDBOX", timeout: .seconds(30))
        let pid = try await tmux.waitForChild(named: "keydesk")
        // Read from /proc until it shows (a loaded machine may list the socket a moment late).
        var ports: [Int] = []
        _ = try await eventually(timeout: .seconds(30)) { ports = ListeningPorts.of(pid: pid); return !ports.isEmpty }
        let port = try #require(ports.first, "the embedded sandbox of pid \(pid) (\(Tmux.commandLine(of: pid))) listens on loopback")
        var request = URLRequest(url: try #require(URL(string: "http://127.0.0.1:\(port)/acs/systems/list")))
        request.httpMethod = "POST"
        request.setValue("Bearer seam_sandbox_key", forHTTPHeaderField: "Authorization")
        let (_, response) = try await URLSession.shared.data(for: request)
        #expect((response as? HTTPURLResponse)?.statusCode == 401, "another local user cannot use the well-known key")
        try tmux.type("q")
        _ = try await tmux.expectRestored(exitStatus: 0)
    }
}
