import Foundation
import KeydeskTestSupport
import SeamAPI
import Testing

/// The client against a server that misbehaves on purpose (`LoopbackServer`): absurd `Retry-After`
/// headers, a body trickled a byte at a time, the API key echoed back. The client must not crash,
/// must not hang, and must never repeat the key.
@Suite struct HostileServerTests {
    static let apiKey = "seam_loopback_secret_key_42"

    func makeClient(
        _ server: LoopbackServer, sleeper: RecordingSleeper = RecordingSleeper(), logs: LogCapture = LogCapture(),
        configure: (inout SeamConfiguration) -> Void = { _ in }
    ) throws -> SeamClient {
        var configuration = try SeamConfiguration(apiKey: Self.apiKey, endpoint: server.baseURL)
        configuration.sleeper = sleeper
        configuration.logger = logs.logger()
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
        // 20 bytes, one every 2 s: 40 s to finish if nothing stops it.
        try await LoopbackServer.with({ _ in .trickle(contentLength: 20, interval: .seconds(2)) }) { server in
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
            // Well before the body would end; generous, as CI shares two cores with parallel suites.
            #expect(elapsed >= .milliseconds(500) && elapsed < .seconds(10))
        }
    }

    @Test func theKeyNeverReachesErrorsOrLogs() async throws {
        let key = Self.apiKey
        let logs = LogCapture()
        let echo = #"{"error": {"type": "\#(key)", "message": "bad key \#(key)", "data": {"\#(key)": ["\#(key)"]},"#
            + #" "validation_errors": {"\#(key)": {"_errors": ["\#(key) is wrong"]}}}, "ok": false}"#
        var errors: [SeamAPIError] = []
        try await LoopbackServer.with({ number in
            switch number {
            case 1...3: .answer(status: 503, headers: ["retry-after": "1", "seam-request-id": key], body: echo)
            case 4: .answer(status: 400, headers: ["seam-request-id": key], body: echo.replacingOccurrences(
                of: #""type": "\#(key)""#, with: #""type": "invalid_input""#))
            default: .trickle(contentLength: 5, interval: .seconds(5))
            }
        }) { server in
            // Long enough for three 1 s Retry-After waits on a loaded machine, short of the trickle.
            let client = try makeClient(server, logs: logs) { $0.timeout = .seconds(8) }
            for _ in 0..<3 {
                do { _ = try await client.acs.systems.list() } catch let error as SeamAPIError { errors.append(error) }
            }
        }
        #expect(errors.map(\.kind) == [.api, .invalidInput, .timeout])
        #expect(errors[1].validationErrors.values.joined().contains { $0.contains("is wrong") })
        for error in errors {
            var dumped = ""
            dump(error, to: &dumped)
            for text in [error.description, String(reflecting: error), dumped, error.localizedDescription] {
                #expect(!text.contains(key), "\(text)")
            }
        }
        #expect(!logs.recorded.isEmpty)
        for line in logs.recorded { #expect(!line.contains(key), "\(line)") }
    }
}
