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

    static func waitForExit(_ process: Process, timeout: Duration = .seconds(20)) async throws -> Int32? {
        let deadline = ContinuousClock.now + timeout
        while process.isRunning && ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(50)) }
        return process.isRunning ? nil : process.terminationStatus
    }

    @Test(arguments: [SIGINT, SIGTERM])
    func printsContractServesAndExitsCleanlyOnSignal(signal: Int32) async throws {
        let process = Process()
        process.executableURL = BinaryLocator.keydesk
        process.arguments = ["sandbox", "--in-memory", "--port", "0", "--issue-delay", "0", "--api-key", "seam_e2e_key"]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
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
        let process = Process()
        process.executableURL = BinaryLocator.keydesk
        process.arguments = ["sandbox", "--in-memory", "--port", "0", "--personal-access-token", "seam_at_e2e_token"]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
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
        let process = Process()
        process.executableURL = BinaryLocator.keydesk
        process.arguments = ["sandbox", "--in-memory", "--data", "/tmp/x", "--port", "0"]
        process.standardOutput = Pipe()
        process.standardError = Pipe()
        try process.run()
        let status = try await Self.waitForExit(process)
        #expect(status != nil && status != 0)
    }
}
