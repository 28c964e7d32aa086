import Foundation
import Testing

/// Python for the conformance suites: a command runner, the skip-or-fail rule (skip where
/// Python or PyPI is out of reach, fail under `CI=true`), and Seam's OpenAPI file, found in the
/// repository's `spec/` folder (or `KEYDESK_SEAM_OPENAPI`).
enum PythonEnvironment {
    static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    /// Skips (or fails under CI) with a reason.
    static func unavailable(_ reason: String, suite: String) throws -> Never {
        if isCI {
            Issue.record("\(suite) could not run under CI=true: \(reason)")
            throw ConformanceUnavailable(reason: reason)
        }
        print("\(suite) skipped: \(reason)")
        try Test.cancel("skipped: \(reason)")
    }

    /// `seam-openapi.json`: `KEYDESK_SEAM_OPENAPI`, else the repository's `spec/`, in a folder
    /// above this file.
    static func openAPIPath() -> String? {
        if let path = ProcessInfo.processInfo.environment["KEYDESK_SEAM_OPENAPI"], FileManager.default.fileExists(atPath: path) { return path }
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("spec/seam-openapi.json").path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }

    /// A Python that imports `modules`: the system's, else a new virtualenv with `packages`
    /// installed from PyPI (removed by the caller through the returned folder).
    static func python(importing modules: [String], installing packages: [String], suite: String) async throws -> (python: String, venv: String?) {
        let imports = "import " + modules.joined(separator: ", ")
        if let system = try? await PythonSDKConformanceTests.run("python3", ["-c", imports]), system.status == 0 { return ("python3", nil) }
        guard let version = try? await PythonSDKConformanceTests.run("python3", ["-c", "import sys; assert sys.version_info >= (3, 9)"]), version.status == 0 else {
            try unavailable("python3 (3.9 or newer) is not available", suite: suite)
        }
        let venv = FileManager.default.temporaryDirectory.appendingPathComponent("keydesk-venv-\(UUID().uuidString)").path
        let made = try await PythonSDKConformanceTests.run("python3", ["-m", "venv", venv])
        guard made.status == 0 else { try unavailable("python3 -m venv failed: \(made.output.suffix(400))", suite: suite) }
        let install = try await PythonSDKConformanceTests.run("\(venv)/bin/pip", ["install", "--disable-pip-version-check", "-q"] + packages)
        guard install.status == 0 else {
            try? FileManager.default.removeItem(atPath: venv)
            try unavailable("pip install \(packages.joined(separator: " ")) failed (PyPI unreachable?): \(install.output.suffix(600))", suite: suite)
        }
        return ("\(venv)/bin/python", venv)
    }
}
