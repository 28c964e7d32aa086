import Foundation
import NIOHTTP1
import SeamSandbox
import Testing

/// Fault injection: latency, 503s in the envelope, 429 with Retry-After, changed at run time.
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
}
