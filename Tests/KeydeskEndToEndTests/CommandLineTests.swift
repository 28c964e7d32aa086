import Foundation
import Testing

/// The command-line contract (the README, "Commands"): one line `keydesk: <message>` on stderr for an
/// error, and distinct exit codes (2 usage and configuration, 1 some failed); never a key.
@Suite struct CommandLineTests {
    private func expectOneErrorLine(_ result: KeydeskProcess.Result, status: Int32, containing text: String,
                                    sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.status == status, "status \(result.status): \(result.standardError)", sourceLocation: sourceLocation)
        #expect(result.errorLines.count == 1, "one line on stderr: \(result.standardError)", sourceLocation: sourceLocation)
        #expect(result.errorLines.first?.hasPrefix("keydesk: ") == true, "\(result.standardError)", sourceLocation: sourceLocation)
        #expect(result.standardError.contains(text), "\(result.standardError)", sourceLocation: sourceLocation)
    }

    @Test func anUnknownOptionIsAUsageErrorOnOneLine() async throws {
        let home = try ScratchHome()
        defer { home.remove() }
        let result = try await KeydeskProcess.run(["--no-such-option"], environment: home.environment())
        expectOneErrorLine(result, status: 2, containing: "--no-such-option")
        let sandbox = try await KeydeskProcess.run(["sandbox", "--in-memory", "--data", home.path], environment: home.environment())
        expectOneErrorLine(sandbox, status: 2, containing: "--in-memory")
    }

    @Test func helpAndVersionStillExitZero() async throws {
        let home = try ScratchHome()
        defer { home.remove() }
        let help = try await KeydeskProcess.run(["--help"], environment: home.environment())
        #expect(help.status == 0)
        #expect(help.standardOutput.contains("USAGE"))
        let version = try await KeydeskProcess.run(["--version"], environment: home.environment())
        #expect(version.status == 0)
        #expect(!version.standardOutput.isEmpty)
    }

    @Test func anUnknownProfileIsAConfigurationErrorOnOneLine() async throws {
        let home = try ScratchHome()
        defer { home.remove() }
        for command in [["--profile", "nope"], ["info", "--profile", "nope"]] {
            let result = try await KeydeskProcess.run(command, environment: home.environment())
            expectOneErrorLine(result, status: 2, containing: "unknown profile 'nope'")
        }
    }

    @Test func plainHTTPToAnotherHostIsRefusedWithoutShowingTheKey() async throws {
        let home = try ScratchHome()
        defer { home.remove() }
        let key = "seam_e2e_cli_secret_77"
        for command in [["--endpoint", "http://seam.example.com"], ["info", "--endpoint", "http://seam.example.com"]] {
            let result = try await KeydeskProcess.run(command, environment: home.environment(["SEAM_API_KEY": key]))
            expectOneErrorLine(result, status: 2, containing: "https")
            #expect(!result.standardError.contains(key) && !result.standardOutput.contains(key))
        }
    }

    @Test func theConsoleWithoutATerminalSaysSoOnOneLine() async throws {
        let home = try ScratchHome()
        defer { home.remove() }
        let server = "http://127.0.0.1:9" // never contacted: the terminal is checked first
        let result = try await KeydeskProcess.run(["--endpoint", server], environment: home.environment(["SEAM_API_KEY": "seam_e2e_no_tty"]))
        expectOneErrorLine(result, status: 2, containing: "must be a terminal")
    }
}
