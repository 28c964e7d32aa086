import Foundation
import SeamAPI
import Testing

/// The client against a server that misbehaves on purpose (`LoopbackServer`): absurd `Retry-After`
/// headers and a body trickled a byte at a time must neither crash the client nor make it hang.
@Suite struct HostileServerTests {
    static let apiKey = "seam_loopback_secret_key_42"

    func makeClient(
        _ server: LoopbackServer, sleeper: RecordingSleeper = RecordingSleeper(),
        configure: (inout SeamConfiguration) -> Void = { _ in }
    ) throws -> SeamClient {
        var configuration = try SeamConfiguration(apiKey: Self.apiKey, endpoint: server.baseURL)
        configuration.sleeper = sleeper
        configure(&configuration)
        return SeamClient(configuration: configuration)
    }

    static let overTheCap = ["1e300", "99999999999999999999", "Fri, 31 Dec 9999 23:59:59 GMT"]
    static let garbage = ["-5", "NaN", "soon"]

    @Test(arguments: overTheCap + garbage)
    func anAbsurdRetryAfterOn503WaitsAtMostTheCapThenFailsAsUsual(header: String) async throws {
        let sleeper = RecordingSleeper()
        try await LoopbackServer.with({ _ in .answer(status: 503, headers: ["retry-after": header]) }) { server in
            let client = try makeClient(server, sleeper: sleeper)
            do {
                _ = try await client.acs.systems.list()
                Issue.record("a 503 was taken for an answer")
            } catch let error as SeamAPIError {
                #expect(error.kind == .api && error.status == 503 && error.isTransient)
            }
            #expect(server.requestCount == 3)
        }
        let waits = sleeper.recorded
        #expect(waits.count == 2)
        if Self.overTheCap.contains(header) {
            #expect(waits == [.seconds(60), .seconds(60)])
        } else {
            // Ignored: the normal backoff of 120 ms then 240 ms, ± 1/6 jitter.
            #expect(waits.count == 2 && waits[0] >= .milliseconds(100) && waits[0] <= .milliseconds(140))
            #expect(waits.count == 2 && waits[1] >= .milliseconds(200) && waits[1] <= .milliseconds(280))
        }
    }

    @Test func anAbsurdRetryAfterOn429EndsRateLimited() async throws {
        let sleeper = RecordingSleeper()
        try await LoopbackServer.with({ _ in .answer(status: 429, headers: ["Retry-After": "1e300"]) }) { server in
            let client = try makeClient(server, sleeper: sleeper)
            await #expect { _ = try await client.workspaces.get() } throws: {
                ($0 as? SeamAPIError)?.kind == .rateLimited && ($0 as? SeamAPIError)?.isTransient == true
            }
        }
        #expect(sleeper.recorded == [.seconds(60), .seconds(60)])
    }

    @Test func aTricklingBodyTimesOutWithinTheConfiguredTimeout() async throws {
        try await LoopbackServer.with({ _ in .trickle(contentLength: 5, interval: .seconds(2)) }) { server in
            let client = try makeClient(server) { $0.timeout = .milliseconds(500) }
            let started = ContinuousClock.now
            do {
                _ = try await client.acs.systems.list()
                Issue.record("a trickled body was accepted")
            } catch let error as SeamAPIError {
                #expect(error.kind == .timeout && error.isTransient)
                #expect(error.description.contains("/acs/systems/list did not answer in time"))
            }
            let elapsed = ContinuousClock.now - started
            #expect(elapsed >= .milliseconds(500) && elapsed < .seconds(2))
        }
    }
}
