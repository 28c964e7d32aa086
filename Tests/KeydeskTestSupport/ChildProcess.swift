import Foundation

/// What a child process printed and how it ended.
public struct ChildProcessResult: Sendable {
    public let status: Int32
    public let standardOutput: String
    public let standardError: String
}

/// Runs `executable` with `arguments` to completion and returns its status and output
/// (`SpawnedProcess`: reaped by `waitpid`, output through files).
public func runChildProcess(_ executable: URL, _ arguments: [String], environment: [String: String]? = nil,
                            standardInput: String? = nil) async throws -> ChildProcessResult {
    try await SpawnedProcess.run([executable.path] + arguments, environment: environment, standardInput: standardInput)
}
