import Foundation
import Logging
import SeamSandbox

/// The embedded default backend: our sandbox on loopback, an ephemeral port, data kept under
/// `$XDG_DATA_HOME/keydesk/sandbox`, seeded with the demo buildings on first run.
enum EmbeddedSandbox {
    static func start(dataDirectory: String) async throws -> RunningSandbox {
        try FileManager.default.createDirectory(atPath: dataDirectory, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        return try await Sandbox.start(SandboxOptions(host: "127.0.0.1", port: 0, storage: .directory(dataDirectory), seed: .demo),
                                       logger: quietLogger("keydesk.sandbox"))
    }
}
