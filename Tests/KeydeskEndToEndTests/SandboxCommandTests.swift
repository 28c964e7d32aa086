import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// Runs `keydesk sandbox` as a process: the stdout contract, a real request, clean shutdown.
@Suite struct SandboxCommandTests {
    /// Reads stdout line by line until `count` lines arrived or the deadline passed.
    static func readLines(_ handle: FileHandle, count: Int, timeout: Duration = .seconds(60)) async -> [String] {
        var buffer = Data()
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            let lines = String(decoding: buffer, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            if lines.count > count { return lines.prefix(count).map(String.init) }
            let chunk = handle.availableData
            if chunk.isEmpty { break }
            buffer.append(chunk)
        }
        return String(decoding: buffer, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    /// Starts `keydesk` with `arguments`, its stdout and stderr piped.
    static func launch(_ arguments: [String]) throws -> (process: Process, out: Pipe, err: Pipe) {
        let process = Process()
        process.executableURL = BinaryLocator.keydesk
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        return (process, out, err)
    }

    static func waitForExit(_ process: Process, timeout: Duration = .seconds(20)) async throws -> Int32? {
        let deadline = ContinuousClock.now + timeout
        while process.isRunning && ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(50)) }
        return process.isRunning ? nil : process.terminationStatus
    }

    @Test(arguments: [SIGINT, SIGTERM])
    func printsContractServesAndExitsCleanlyOnSignal(signal: Int32) async throws {
        let (process, out, err) = try Self.launch(["sandbox", "--in-memory", "--port", "0", "--issue-delay", "0", "--api-key", "seam_e2e_key"])
        defer { if process.isRunning { process.terminate() } }
        let lines = await Self.readLines(out.fileHandleForReading, count: 2)
        try #require(lines.count == 2, "stdout: \(lines)")
        #expect(lines[0].hasPrefix("listening on http://127.0.0.1:"))
        #expect(lines[1] == "api key: seam_e2e_key")
        let base = String(lines[0].dropFirst("listening on ".count))
        var request = URLRequest(url: URL(string: base + "/acs/systems/list")!)
        request.setValue("Bearer seam_e2e_key", forHTTPHeaderField: "Authorization")
        let (data, response) = try await URLSession.shared.data(for: request)
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        #expect(String(decoding: data, as: UTF8.self).contains("Maple Court"))
        kill(process.processIdentifier, signal)
        let status = try await Self.waitForExit(process)
        #expect(status == 0)
        let log = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(log.contains("/acs/systems/list"))
        #expect(!log.contains("seam_e2e_key"))
    }

    @Test func printsTheWorkspaceAndTokenAndTheTokenWorksWithItsWorkspace() async throws {
        let (process, out, err) = try Self.launch(["sandbox", "--in-memory", "--port", "0", "--personal-access-token", "seam_at_e2e_token"])
        defer { if process.isRunning { process.terminate() } }
        let lines = await Self.readLines(out.fileHandleForReading, count: 4)
        try #require(lines.count == 4, "stdout: \(lines)")
        #expect(lines[1] == "api key: seam_sandbox_key", "the first two lines stay the contract")
        #expect(lines[2].hasPrefix("workspace: "))
        #expect(lines[3] == "personal access token: seam_at_e2e_token")
        let base = String(lines[0].dropFirst("listening on ".count))
        let workspace = String(lines[2].dropFirst("workspace: ".count))
        func status(workspaceHeader: String?) async throws -> Int {
            var request = URLRequest(url: URL(string: base + "/acs/systems/list")!)
            request.setValue("Bearer seam_at_e2e_token", forHTTPHeaderField: "Authorization")
            if let workspaceHeader { request.setValue(workspaceHeader, forHTTPHeaderField: "seam-workspace") }
            return ((try await URLSession.shared.data(for: request)).1 as? HTTPURLResponse)?.statusCode ?? 0
        }
        #expect(try await status(workspaceHeader: workspace) == 200)
        #expect(try await status(workspaceHeader: nil) == 401, "a token needs its workspace")
        #expect(try await status(workspaceHeader: "00000000-0000-0000-0000-000000000000") == 401)
        process.terminate()
        _ = try await Self.waitForExit(process)
        let log = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(!log.contains("seam_at_e2e_token"), "the token is never logged")
    }

    @Test func rejectsConflictingStorageOptions() async throws {
        let (status, log) = try await Self.runToExit(["sandbox", "--in-memory", "--data", "/tmp/x", "--port", "0"])
        #expect(status == 2, "a usage error exits 2 (the README's Commands): \(log)")
    }

    /// Runs `keydesk` with `arguments` until it exits (nil status if it was still running after
    /// `timeout`, then it is stopped) and returns its status and stderr.
    static func runToExit(_ arguments: [String], timeout: Duration = .seconds(10)) async throws -> (status: Int32?, stderr: String) {
        let (process, _, err) = try Self.launch(arguments)
        let status = try await Self.waitForExit(process, timeout: timeout)
        if process.isRunning { process.terminate() }
        return (status, String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))
    }

    @Test(arguments: [
        ["--issue-delay", "1e16"], ["--issue-delay", "nan"], ["--issue-delay", "inf"], ["--issue-delay=-1"], ["--issue-delay", "86401"],
        ["--latency", "1e16"], ["--latency", "99999999999999999999"], ["--latency=-5"], ["--latency", "60001"],
        ["--rate-limit", "0"], ["--rate-limit", "1e9"], ["--rate-limit", "1000001"],
        ["--fail-rate", "nan"], ["--fail-rate", "1.5"], ["--drop-rate=-0.1"], ["--drop-rate", "inf"],
        ["--port", "70000"], ["--port=-1"], ["--port", "nan"],
    ])
    func anOutOfRangeNumberIsAUsageErrorNamingTheFlagAndRange(arguments: [String]) async throws {
        let flag = String(arguments[0].split(separator: "=")[0])
        let (status, log) = try await Self.runToExit(["sandbox", "--in-memory", "--port", "0"] + arguments)
        #expect(status == 2, "\(arguments) exited \(status.map(String.init) ?? "not at all"): \(log)")
        let message = log.split(separator: "\n").first { $0.contains("Error:") }.map(String.init) ?? log
        #expect(message.contains(flag) && message.contains(" from ") && message.contains(" to "), "\(arguments): \(log)")
    }

    @Test func theLimitsOfEveryRangeAreAccepted() async throws {
        let (process, out, _) = try Self.launch(["sandbox", "--in-memory", "--seed", "empty", "--port", "0", "--issue-delay", "86400",
                                                 "--latency", "60000", "--rate-limit", "1000000", "--fail-rate", "1", "--drop-rate", "0"])
        defer { if process.isRunning { process.terminate() } }
        let lines = await Self.readLines(out.fileHandleForReading, count: 2)
        #expect(lines.first?.hasPrefix("listening on http://127.0.0.1:") == true, "stdout: \(lines)")
    }

    /// Starts `keydesk sandbox` with `arguments`, waits until it listens, stops it, and returns its stderr.
    static func stderrOfARunningSandbox(_ arguments: [String]) async throws -> String {
        let (process, out, err) = try Self.launch(["sandbox", "--in-memory", "--seed", "empty", "--port", "0"] + arguments)
        defer { if process.isRunning { process.terminate() } }
        let lines = await Self.readLines(out.fileHandleForReading, count: 2)
        #expect(lines.first?.hasPrefix("listening on http://") == true, "stdout: \(lines)")
        process.terminate()
        _ = try await Self.waitForExit(process)
        return String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    }

    @Test func listeningBeyondLoopbackWithTheDefaultKeyOrTokenWarns() async throws {
        let defaults = try await Self.stderrOfARunningSandbox(["--host", "0.0.0.0"])
        #expect(defaults.contains("warning") && defaults.contains("--api-key") && defaults.contains("--personal-access-token"), "\(defaults)")
        let defaultToken = try await Self.stderrOfARunningSandbox(["--host", "0.0.0.0", "--api-key", "seam_own_key"])
        #expect(defaultToken.contains("warning") && defaultToken.contains("--personal-access-token") && !defaultToken.contains("--api-key"), "\(defaultToken)")
        let own = try await Self.stderrOfARunningSandbox(["--host", "0.0.0.0", "--api-key", "seam_own_key", "--personal-access-token", "seam_at_own_token"])
        #expect(!own.contains("warning"), "\(own)")
        let loopback = try await Self.stderrOfARunningSandbox(["--host", "127.0.0.1"])
        #expect(!loopback.contains("warning"), "\(loopback)")
    }

    /// `GET path` on a running sandbox with the default key, as a JSON object.
    static func get(_ base: String, _ path: String) async throws -> [String: Any] {
        var request = URLRequest(url: URL(string: base + path)!)
        request.setValue("Bearer seam_sandbox_key", forHTTPHeaderField: "Authorization")
        return (try JSONSerialization.jsonObject(with: try await URLSession.shared.data(for: request).0) as? [String: Any]) ?? [:]
    }

    @Test func injectProblemPutsAWarningOnAResourceOrRefusesAnUnknownOne() async throws {
        let (first, firstOut, _) = try Self.launch(["sandbox", "--in-memory", "--port", "0"])
        defer { if first.isRunning { first.terminate() } }
        let firstLines = await Self.readLines(firstOut.fileHandleForReading, count: 2)
        let firstBase = try #require(firstLines.first.map { String($0.dropFirst("listening on ".count)) })
        let systems = try await Self.get(firstBase, "/acs/systems/list")["acs_systems"] as? [[String: Any]] ?? []
        let maple = try #require(systems.first { $0["name"] as? String == "Maple Court" }?["acs_system_id"] as? String)
        first.terminate()

        let (process, out, _) = try Self.launch(["sandbox", "--in-memory", "--port", "0", "--inject-problem", "\(maple):setup_required"])
        defer { if process.isRunning { process.terminate() } }
        let lines = await Self.readLines(out.fileHandleForReading, count: 2)
        let base = try #require(lines.first.map { String($0.dropFirst("listening on ".count)) }, "stdout: \(lines)")
        let system = try await Self.get(base, "/acs/systems/get?acs_system_id=\(maple)")["acs_system"] as? [String: Any] ?? [:]
        let warnings = (system["warnings"] as? [[String: Any]] ?? []).compactMap { $0["warning_code"] as? String }
        #expect(warnings == ["setup_required"])

        let (unknown, _, unknownErr) = try Self.launch(["sandbox", "--in-memory", "--port", "0", "--inject-problem", "\(maple):no_such_code"])
        #expect(try await Self.waitForExit(unknown) == 1)
        let message = String(decoding: unknownErr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(message.contains("--inject-problem") && message.contains("setup_required"), "\(message)")
        let (malformed, _, _) = try Self.launch(["sandbox", "--in-memory", "--port", "0", "--inject-problem", "no-colon"])
        #expect(try await Self.waitForExit(malformed) == 2, "a malformed argument is a usage error")
    }
}
