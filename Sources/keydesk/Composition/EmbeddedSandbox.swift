import Foundation
import Logging
import SeamSandbox

/// The embedded default backend: our sandbox on loopback, an ephemeral port, data kept under
/// `$XDG_DATA_HOME/keydesk/sandbox`, seeded with the demo buildings on first run. Its key and
/// token are new random values each run, never the documented defaults of `keydesk sandbox`:
/// any local user can reach a loopback port, and must not get in with a well-known key.
enum EmbeddedSandbox {
    static func start(dataDirectory: String) async throws -> RunningSandbox {
        try FileManager.default.createDirectory(atPath: dataDirectory, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        let options = SandboxOptions(host: "127.0.0.1", port: 0, storage: .directory(dataDirectory), seed: .demo,
                                     apiKey: "seam_" + randomHex(), personalAccessToken: "seam_at_" + randomHex())
        return try await Sandbox.start(options, logger: quietLogger("keydesk.sandbox"))
    }

    /// 32 hexadecimal digits (128 bits) from the system's random number generator.
    private static func randomHex() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<2).map { _ in
            let digits = String(generator.next() as UInt64, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }.joined()
    }
}
