import ConsoleCore
import ConsoleServices
import Foundation

let deskContext = AuditContext(osUser: "alice", sshClientAddress: "203.0.113.7", profile: "tower", endpoint: "https://tower.example")

func entry(
    _ action: String,
    _ ids: [String] = ["cred_1"],
    at seconds: TimeInterval = 1_800_000_000,
    outcome: AuditOutcome = .succeeded,
    error: String? = nil,
    requestID: String? = nil,
    context: AuditContext = deskContext
) -> AuditEntry {
    AuditEntry(context: context, time: Date(timeIntervalSince1970: seconds), action: action, resourceIDs: ids,
               outcome: outcome, errorMessage: error, seamRequestID: requestID)
}

/// Runs `/usr/bin/python3 -c script args...` and returns its stdout, or throws with its stderr.
func runPython(_ script: String, _ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
    process.arguments = ["-c", script] + arguments
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    let errorData = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    if process.terminationStatus != 0 {
        throw PythonFailure(status: process.terminationStatus, stderr: String(decoding: errorData, as: UTF8.self))
    }
    return String(decoding: data, as: UTF8.self)
}

struct PythonFailure: Error, CustomStringConvertible {
    let status: Int32
    let stderr: String
    var description: String { "python3 exited \(status): \(stderr)" }
}
