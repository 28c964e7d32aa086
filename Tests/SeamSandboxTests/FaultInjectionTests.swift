import Foundation
import NIOHTTP1
import SeamSandbox
import Testing

/// Fault injection: latency, dropped connections, 503s in the envelope, 429 with Retry-After,
/// changed at run time.
@Suite struct FaultInjectionTests {
    @Test func latencyIsAddedToEveryResponse() async throws {
        try await withSandbox { sb in
            await sb.sandbox.setFaults(SandboxFaults(latency: .milliseconds(250)))
            let start = ContinuousClock.now
            let reply = try await sb.send(.GET, "/workspaces/get")
            #expect(reply.status == 200)
            #expect(ContinuousClock.now - start >= .milliseconds(250))
        }
    }

    @Test func failRateAnswers503InTheEnvelopeThenRecovers() async throws {
        let options = SandboxOptions(storage: .inMemory, seed: .demo, issueDelay: .zero, faults: SandboxFaults(failRate: 1))
        try await withSandbox(options) { sb in
            for _ in 0..<3 {
                let reply = try await sb.send(.GET, "/acs/systems/list")
                #expect(reply.status == 503)
                #expect(reply.errorType == "service_unavailable")
                #expect(reply.json["ok"] as? Bool == false)
                #expect(reply.headers.first(name: "seam-request-id") != nil)
            }
            await sb.sandbox.setFaults(SandboxFaults())
            #expect(try await sb.send(.GET, "/acs/systems/list").status == 200)
        }
    }

    @Test func partialFailRateFailsSomeRequests() async throws {
        try await withSandbox { sb in
            await sb.sandbox.setFaults(SandboxFaults(failRate: 0.5))
            var statuses: [Int] = []
            for _ in 0..<60 { statuses.append(try await sb.send(.GET, "/workspaces/get").status) }
            #expect(statuses.contains(503))
            #expect(statuses.contains(200))
            #expect(statuses.allSatisfy { $0 == 200 || $0 == 503 })
        }
    }

    @Test func aFailingRouteAnswers503WhileOtherRoutesWork() async throws {
        try await withSandbox { sb in
            await sb.sandbox.setFaults(SandboxFaults(failingRoutes: ["/acs/systems/list"]))
            let failed = try await sb.send(.GET, "/acs/systems/list")
            #expect(failed.status == 503)
            #expect(failed.errorType == "service_unavailable")
            #expect(try await sb.send(.POST, "/acs/systems/list/").status == 503, "a trailing slash names the same route")
            #expect(try await sb.send(.GET, "/workspaces/get").status == 200)
            await sb.sandbox.setFaults(SandboxFaults())
            #expect(try await sb.send(.GET, "/acs/systems/list").status == 200)
        }
    }

    @Test func rateLimitAnswers429WithRetryAfter() async throws {
        try await withSandbox { sb in
            await sb.sandbox.setFaults(SandboxFaults(rateLimitPerMinute: 3))
            for _ in 0..<3 { #expect(try await sb.send(.GET, "/workspaces/get").status == 200) }
            let limited = try await sb.send(.GET, "/workspaces/get")
            #expect(limited.status == 429)
            #expect(limited.errorType == "rate_limit_exceeded")
            let retryAfter = try #require(limited.headers.first(name: "retry-after").flatMap(Int.init))
            #expect((1...60).contains(retryAfter))
            await sb.sandbox.setFaults(SandboxFaults())
            #expect(try await sb.send(.GET, "/workspaces/get").status == 200)
        }
    }

    @Test func dropRateClosesTheConnectionWithoutAResponseAndTheServerStaysUp() async throws {
        let options = SandboxOptions(storage: .inMemory, seed: .demo, issueDelay: .zero, faults: SandboxFaults(dropRate: 1))
        try await withSandbox(options) { sb in
            for path in ["/workspaces/get", "/acs/systems/list"] {
                await #expect(throws: (any Error).self, "\(path) got an answer through a dropped connection") {
                    _ = try await sb.send(.GET, path)
                }
                // A raw socket sees the connection end with zero bytes of response.
                #expect(try await RawHTTP.exchange(port: sb.sandbox.port, path: path, apiKey: sb.apiKey).isEmpty)
            }
            await sb.sandbox.setFaults(SandboxFaults())
            let next = try await sb.send(.GET, "/acs/systems/list")
            #expect(next.status == 200)
            #expect(next.list("acs_systems").count >= 2)
        }
    }

    @Test func partialDropRateDropsSomeConnectionsAndAnswersTheRest() async throws {
        try await withSandbox { sb in
            await sb.sandbox.setFaults(SandboxFaults(dropRate: 0.5))
            var answered = 0, dropped = 0
            for _ in 0..<40 {
                let reply = try await RawHTTP.exchange(port: sb.sandbox.port, path: "/workspaces/get", apiKey: sb.apiKey)
                if reply.isEmpty { dropped += 1 } else {
                    #expect(reply.hasPrefix("HTTP/1.1 200"), "\(reply.prefix(200))")
                    answered += 1
                }
            }
            #expect(dropped > 0)
            #expect(answered > 0)
        }
    }
}

/// One request on a fresh loopback socket with `Connection: close`; returns everything the
/// server sent before closing (empty when it dropped the connection).
enum RawHTTP {
    struct Failure: Error { var what: String }

    /// Runs the blocking socket calls on a Dispatch thread, never on the cooperative pool that the
    /// in-process server's handlers need.
    static func exchange(port: Int, path: String, apiKey: String) async throws -> String {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try blockingExchange(port: port, path: path, apiKey: apiKey) })
            }
        }
    }

    private static func blockingExchange(port: Int, path: String, apiKey: String) throws -> String {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure(what: "socket") }
        defer { close(fd) }
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw Failure(what: "connect") }
        let request = Array("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer \(apiKey)\r\nConnection: close\r\n\r\n".utf8)
        guard request.withUnsafeBytes({ write(fd, $0.baseAddress!, $0.count) }) == request.count else { throw Failure(what: "write") }
        var received: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16_384)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
            if n > 0 { received += chunk[0..<n]; continue }
            if n == 0 || errno == ECONNRESET { break }
            throw Failure(what: "read errno \(errno) (timed out?) after \(received.count) bytes: \(String(decoding: received.prefix(300), as: UTF8.self))")
        }
        return String(decoding: received, as: UTF8.self)
    }
}
