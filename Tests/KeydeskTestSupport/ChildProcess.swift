import Foundation

/// What a child process printed and how it ended.
public struct ChildProcessResult: Sendable {
    public let status: Int32
    public let standardOutput: String
    public let standardError: String
}

/// Runs blocking work on a thread of its own and waits for it without holding a thread of the
/// cooperative pool (two threads on a two-core machine: a test that blocks one starves every
/// other suite's API calls).
public func onOwnThread<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread { continuation.resume(with: Result { try body() }) }.start()
    }
}

/// Runs `executable` with `arguments` to completion and returns its status and output
/// (`SpawnedProcess`: reaped by `waitpid`, output through files).
public func runChildProcess(_ executable: URL, _ arguments: [String], environment: [String: String]? = nil,
                            standardInput: String? = nil) async throws -> ChildProcessResult {
    try await SpawnedProcess.run([executable.path] + arguments, environment: environment, standardInput: standardInput)
}
