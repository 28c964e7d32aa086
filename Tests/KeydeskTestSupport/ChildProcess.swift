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

/// Runs `executable` with `arguments` to completion (its output read while it runs, so a full
/// pipe never stalls it), off the cooperative pool.
public func runChildProcess(_ executable: URL, _ arguments: [String], environment: [String: String]? = nil,
                            standardInput: String? = nil) async throws -> ChildProcessResult {
    try await onOwnThread {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let environment { process.environment = environment }
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        let input = Pipe()
        process.standardInput = standardInput == nil ? FileHandle.nullDevice : input
        try process.run()
        if let standardInput {
            input.fileHandleForWriting.write(Data(standardInput.utf8))
            try input.fileHandleForWriting.close()
        }
        // Read stderr on another thread while this one reads stdout, then wait for the exit.
        let errorText = ErrorText()
        let reader = Thread { errorText.set(errors.fileHandleForReading.readDataToEndOfFile()) }
        reader.start()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let err = errorText.wait()
        return ChildProcessResult(status: process.terminationStatus, standardOutput: String(decoding: out, as: UTF8.self),
                                  standardError: String(decoding: err, as: UTF8.self))
    }
}

/// The stderr bytes, handed from the reading thread to the waiting one.
private final class ErrorText: @unchecked Sendable {
    private let condition = NSCondition()
    private var data: Data?

    func set(_ value: Data) {
        condition.lock()
        data = value
        condition.signal()
        condition.unlock()
    }

    func wait() -> Data {
        condition.lock()
        while data == nil { condition.wait() }
        let value = data!
        condition.unlock()
        return value
    }
}
