import Foundation
import KeydeskTestSupport
import Testing

/// No signal or crash may leave a staff member in a debugger or a raw terminal, and nothing
/// from memory is printed (the README, "Deploying for staff over SSH"). The caller's environment asks for Swift's interactive
/// backtracer on purpose: keydesk must not depend on it being off.
@Suite struct SignalAndCrashTests {
    static let backtracerWanted = ["SWIFT_BACKTRACE": "enable=yes,interactive=yes"]

    /// Words of Swift's crash backtracer and its interactive prompt.
    static let backtracerWords = ["Program crashed", "Press space", "debug", "Backtracing", "Thread 0"]

    @Test func ctrlBackslashAndCtrlZLeaveTheConsoleRunningAndUsable() async throws {
        let home = try ScratchHome()
        defer { home.remove() }
        let tmux = try Tmux.keydesk("ui-check", environment: home.environment(Self.backtracerWanted), jobControl: true)
        defer { tmux.stop() }
        try await tmux.waitFor("the first full frame") { $0.contains("1/1000") && $0.contains("Quit") }
        try tmux.press("C-\\")
        try tmux.type("j")
        var screen = try await tmux.waitFor("a key after Ctrl-\\") { $0.contains("2/1000") || $0.contains("EXITED") }
        #expect(screen.contains("2/1000"), "still running after Ctrl-\\: \(screen)")
        try tmux.press("C-z")
        try tmux.type("j")
        screen = try await tmux.waitFor("a key after Ctrl-Z") { $0.contains("3/1000") || $0.contains("EXITED") }
        #expect(screen.contains("3/1000"), "still running after Ctrl-Z: \(screen)")
        try tmux.type("q")
        screen = try await tmux.expectRestored(exitStatus: 0)
        for word in Self.backtracerWords {
            #expect(!screen.contains(word), "\(word): \(screen)")
        }
    }

    @Test func aCrashInTheConsoleRestoresTheTerminalAndWritesAReportWithoutTheKey() async throws {
        let key = "seam_e2e_crash_secret_9f3a"
        let server = try await SandboxProcess(apiKey: key)
        defer { server.stop() }
        let home = try ScratchHome()
        defer { home.remove() }
        let environment = home.environment(["SEAM_API_KEY": key].merging(Self.backtracerWanted) { $1 })
        let tmux = try Tmux.keydesk("--endpoint \(server.endpoint)", environment: environment)
        defer { tmux.stop() }
        try await tmux.waitFor(text: "Maple Court")
        let pid = try await tmux.waitForChild(named: "keydesk")
        kill(pid, SIGSEGV)
        let screen = try await tmux.expectRestored(exitStatus: 128 + Int(SIGSEGV))
        try expectOneCrashLineAndAReport(screen: screen, stateDirectory: home.path + "/state/keydesk", signal: "SIGSEGV", secret: key)
        #expect(!screen.contains("Maple Court"), "the alternate screen is gone: \(screen)")
        let log = (try? String(contentsOfFile: home.path + "/state/keydesk/keydesk.log", encoding: .utf8)) ?? ""
        #expect(!log.contains(key), "the log beside the report holds no key either")
    }

    @Test func aCrashOutsideTheConsoleIsReportedTheSameWay() async throws {
        let home = try ScratchHome()
        defer { home.remove() }
        let running = try KeydeskProcess.start(["sandbox", "--in-memory", "--port", "0", "--api-key", "seam_e2e_outside_secret"],
                                               environment: home.environment(Self.backtracerWanted))
        defer { if running.process.isRunning { kill(running.process.pid, SIGKILL) } }
        let listening = try await waitUntil("the sandbox to listen") { running.standardOutputSoFar.contains("listening on") }
        try #require(listening, "stderr: \(running.standardErrorSoFar)")
        kill(running.process.pid, SIGBUS)
        let result = try await running.finish()
        #expect(result.status == 128 + SIGBUS)
        let crashLines = result.errorLines.filter { $0.hasPrefix("keydesk: ") }
        #expect(crashLines.count == 1, "\(result.standardError)")
        try expectOneCrashLineAndAReport(screen: result.standardError, stateDirectory: home.path + "/state/keydesk",
                                         signal: "SIGBUS", secret: "seam_e2e_outside_secret")
    }

    /// The one line naming the signal and the report, the report itself, and nothing of memory.
    private func expectOneCrashLineAndAReport(screen: String, stateDirectory: String, signal: String, secret: String,
                                              sourceLocation: SourceLocation = #_sourceLocation) throws {
        let lines = screen.split(separator: "\n").map(String.init).filter { $0.contains("keydesk: ") && $0.contains(signal) }
        #expect(lines.count == 1, "one line says what happened: \(screen)", sourceLocation: sourceLocation)
        for word in Self.backtracerWords {
            #expect(!screen.localizedCaseInsensitiveContains(word), "no backtracer (\(word)): \(screen)", sourceLocation: sourceLocation)
        }
        #expect(!screen.contains(secret), "the key is never printed", sourceLocation: sourceLocation)
        let reports = ((try? FileManager.default.contentsOfDirectory(atPath: stateDirectory)) ?? []).filter { $0.hasPrefix("crash-") }
        let name = try #require(reports.first, "a report in \(stateDirectory)", sourceLocation: sourceLocation)
        #expect(reports.count == 1, sourceLocation: sourceLocation)
        #expect(lines.first?.contains(stateDirectory + "/" + name) == true, "the line names the report: \(lines)", sourceLocation: sourceLocation)
        let report = try String(contentsOfFile: stateDirectory + "/" + name, encoding: .utf8)
        #expect(report.contains(signal), "\(report)", sourceLocation: sourceLocation)
        #expect(report.contains("version:"), "\(report)", sourceLocation: sourceLocation)
        #expect(report.contains("time:"), "\(report)", sourceLocation: sourceLocation)
        #expect(!report.contains(secret), "\(report)", sourceLocation: sourceLocation)
        let attributes = try FileManager.default.attributesOfItem(atPath: stateDirectory + "/" + name)
        #expect((attributes[.posixPermissions] as? Int) == 0o600, sourceLocation: sourceLocation)
    }

    /// Polls `condition` every 50 ms until it holds or `timeout` passes; returns whether it held.
    private func waitUntil(_ what: String, timeout: Duration = .seconds(30), _ condition: () -> Bool) async throws -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if condition() { return true }
            try await Task.sleep(for: .milliseconds(50))
        }
        Issue.record("timed out waiting for \(what)")
        return false
    }
}
