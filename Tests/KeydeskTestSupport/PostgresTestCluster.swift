import Foundation
import Synchronization

/// A PostgreSQL cluster of this test process's own, made by `.ci/postgres-cluster` in a
/// temporary directory: for developers' runs without a cluster from `.ci/run`, and for the
/// tests that stop and restart the server, which must not stop everyone else's.
public final class PostgresTestCluster: Sendable {
    public let directory: String
    public let server: PostgresTestServer

    private init(directory: String, server: PostgresTestServer) {
        self.directory = directory
        self.server = server
    }

    /// Starts a new cluster; throws `PostgresTestServer.Unavailable` when PostgreSQL's programs
    /// are not installed, or with the script's output when it fails.
    public static func start() throws -> PostgresTestCluster {
        let directory = NSTemporaryDirectory() + "keydesk-postgres-" + UUID().uuidString.prefix(8)
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let output = try script("start", directory)
        var variables: [String: String] = [:]
        for line in output.split(separator: "\n") {
            let parts = line.split(separator: "=", maxSplits: 1).map(String.init)
            if parts.count == 2 { variables[parts[0]] = parts[1] }
        }
        return PostgresTestCluster(directory: directory, server: try PostgresTestServer(variables: variables))
    }

    /// Stops the server (fast shutdown: connections are cut); the data stays for `resume()`.
    public func stop() throws { _ = try Self.script("stop", directory) }

    /// Starts the stopped server again on the same port.
    public func resume() throws { _ = try Self.script("resume", directory) }

    /// Stops the server and removes its directory.
    public func destroy() { _ = try? Self.script("destroy", directory) }

    private static let scriptPath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent(".ci/postgres-cluster").path

    /// Runs the script and returns its stdout. Output goes through files, not pipes: the server
    /// it starts lives on after it, and must not be able to keep a reader waiting.
    @discardableResult
    static func script(_ command: String, _ directory: String) throws -> String {
        let result = try SpawnedProcess(["/bin/bash", scriptPath, command, directory]).finishBlocking()
        switch result.status {
        case 0: return result.standardOutput
        case 3: throw PostgresTestServer.Unavailable(description: result.standardError.trimmingCharacters(in: .whitespacesAndNewlines))
        default: throw PostgresTestServer.Unavailable(description: "\(scriptPath) \(command) failed: \(result.standardError)")
        }
    }

    /// Removes the shared cluster when the test process exits (a C hook: it captures nothing).
    static func removeAtExit(_ directory: String) {
        atExitDirectory.withLock { $0 = directory }
        atexit {
            if let directory = PostgresTestCluster.atExitDirectory.withLock({ $0 }) {
                _ = try? PostgresTestCluster.script("destroy", directory)
            }
        }
    }

    private static let atExitDirectory = Mutex<String?>(nil)
}
