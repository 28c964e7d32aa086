import SeamAPI
import Testing

/// Calls a route through a real client against a `LoopbackServer` that answers each request with
/// the next of `answers` (the last one repeats), and returns what the call returned with the
/// requests the client sent: for routes the sandbox does not serve yet.
func exchange<Result>(
    answering answers: String..., call: (SeamClient) async throws -> Result
) async throws -> (requests: [LoopbackServer.Request], result: Result) {
    try await LoopbackServer.with({ number in
        .answer(status: 200, headers: ["content-type": "application/json"], body: answers[min(number, answers.count) - 1])
    }) { server in
        var configuration = try SeamConfiguration(apiKey: "seam_route_test_key", endpoint: server.baseURL)
        configuration.sleeper = RecordingSleeper()
        let result = try await call(SeamClient(configuration: configuration))
        return (server.received, result)
    }
}

extension LoopbackServer.Request {
    /// `GET /path?query`, as a test reads it.
    var line: String { "\(method) \(target)" }
}
