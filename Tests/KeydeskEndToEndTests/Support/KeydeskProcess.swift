import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Runs the built `keydesk` without a terminal (stdin from /dev/null), as a script would, and
/// collects its exit status, stdout and stderr. Output goes through files, not pipes, so a
/// chatty stderr cannot block the process while stdout is being read.
enum KeydeskProcess {
    struct Result {
        let status: Int32
        let standardOutput: String
        let standardError: String
        /// The lines of stderr, without empty ones.
        var errorLines: [String] { standardError.split(separator: "\n").map(String.init) }
    }

    /// Runs `keydesk ARGUMENTS` to its end with `environment` (and PATH) as its whole environment.
    static func run(_ arguments: [String], environment: [String: String]) async throws -> Result {
        try await start(arguments, environment: environment).finish()
    }

    /// A started keydesk whose output is collected until `finish()`.
    final class Running {
        let process: Process
        private let outputPath: String
        private let errorPath: String

        init(process: Process, outputPath: String, errorPath: String) {
            self.process = process
            self.outputPath = outputPath
            self.errorPath = errorPath
        }

        /// What the process printed so far on stdout.
        var standardOutputSoFar: String { (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "" }

        /// What the process printed so far on stderr.
        var standardErrorSoFar: String { (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? "" }

        /// Waits for the exit and returns the status and output; removes the output files. A
        /// process still running after `timeout` is killed (SIGKILL), and the test fails.
        func finish(timeout: Duration = .seconds(30)) async throws -> Result {
            let deadline = ContinuousClock.now + timeout
            while process.isRunning && ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(50))
            }
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                Issue.record("keydesk \(process.arguments ?? []) still ran after \(timeout); stderr: \(standardErrorSoFar)")
            }
            process.waitUntilExit()
            defer {
                unlink(outputPath)
                unlink(errorPath)
            }
            let status = process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus
            return Result(status: status,
                          standardOutput: standardOutputSoFar,
                          standardError: standardErrorSoFar)
        }
    }

    /// Starts `keydesk ARGUMENTS` and returns at once.
    static func start(_ arguments: [String], environment: [String: String]) throws -> Running {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("keydesk-process-\(UUID().uuidString)").path
        let outputPath = base + ".out", errorPath = base + ".err"
        _ = FileManager.default.createFile(atPath: outputPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errorPath, contents: nil)
        let process = Process()
        process.executableURL = BinaryLocator.keydesk
        process.arguments = arguments
        process.environment = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"].merging(environment) { $1 }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: outputPath))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errorPath))
        try process.run()
        return Running(process: process, outputPath: outputPath, errorPath: errorPath)
    }
}
