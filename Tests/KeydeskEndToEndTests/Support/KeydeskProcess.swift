import Foundation
import KeydeskTestSupport
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
        let process: SpawnedProcess

        init(process: SpawnedProcess) {
            self.process = process
        }

        /// What the process printed so far on stdout.
        var standardOutputSoFar: String { process.standardOutputSoFar }

        /// What the process printed so far on stderr.
        var standardErrorSoFar: String { process.standardErrorSoFar }

        /// Waits for the exit and returns the status and output; removes the output files. A
        /// process still running after `timeout` is killed (SIGKILL), and the test fails.
        func finish(timeout: Duration = .seconds(30)) async throws -> Result {
            let deadline = ContinuousClock.now + timeout
            while process.isRunning && ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(50))
            }
            if process.isRunning {
                Issue.record("keydesk \(process.command.dropFirst()) still ran after \(timeout); stderr: \(standardErrorSoFar)")
            }
            let result = try await process.finish(timeout: .zero)
            return Result(status: result.status, standardOutput: result.standardOutput, standardError: result.standardError)
        }
    }

    /// Starts `keydesk ARGUMENTS` and returns at once.
    static func start(_ arguments: [String], environment: [String: String]) throws -> Running {
        let whole = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"].merging(environment) { $1 }
        return Running(process: try SpawnedProcess([BinaryLocator.keydesk.path] + arguments, environment: whole))
    }
}
