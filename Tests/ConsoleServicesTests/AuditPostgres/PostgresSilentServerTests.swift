@testable import ConsoleServices
import ConsoleCore
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A PostgreSQL address that accepts the connection and never answers (a hung server, a proxy
/// whose backend is gone): the change is refused within the operation's deadline, since the
/// connect timeout (half of it) covers the startup too, rather than waiting for its attempt row.
@Suite struct PostgresSilentServerTests {
    /// A listening socket on loopback that never accepts: the kernel completes the TCP handshake
    /// and nothing ever answers the startup message.
    final class SilentListener: Sendable {
        let descriptor: Int32
        let port: Int

        init() throws {
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            address.sin_port = 0
            var length = socklen_t(MemoryLayout<sockaddr_in>.size)
            let bound = withUnsafeMutablePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
            }
            guard bound, listen(fd, 16) == 0 else {
                close(fd)
                throw POSIXError(.EADDRNOTAVAIL)
            }
            descriptor = fd
            port = Int(UInt16(bigEndian: address.sin_port))
        }

        deinit { close(descriptor) }
    }

    @Test(.timeLimit(.minutes(1)))
    func aServerThatNeverAnswersRefusesTheChangeWithinTheDeadline() async throws {
        let server = try SilentListener()
        let url = try PostgresAuditURL("postgres://keydesk_writer@127.0.0.1:\(server.port)/keydesk?sslmode=disable", source: "the test")
        let log = try PostgresAuditLog(url: url, password: "unused", timeout: .seconds(1))
        let recorder = AuditRecorder(log: log, context: AuditContext(osUser: "alice", sshClientAddress: nil, profile: "tower",
                                                                     endpoint: "https://tower.example", host: "desk-a"))
        let started = ContinuousClock.now
        let refused = await recorder.audited("credential.revoke", resourceIDs: ["cred_1"]) { () }
        let waited = ContinuousClock.now - started
        #expect(refused.wasRefused, "no attempt row, no change")
        #expect(waited < .seconds(20), "refused within about the 1 s deadline (20 s allows for a loaded machine), not held: \(waited)")
        let refusal = try #require(refused.result.failureValue as? AuditRefusal)
        #expect(refusal.description.contains("cannot reach PostgreSQL at 127.0.0.1:\(server.port)"), "\(refusal)")
        #expect(refusal.description.contains("Nothing was sent to Seam."))
        await log.close()
    }
}
