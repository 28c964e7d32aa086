/// How the client waits between retries and action-attempt polls. Injectable so that tests of
/// backoff run instantly and can see every wait.
public protocol SeamSleeper: Sendable {
    func sleep(for duration: Duration) async throws
}

/// Real waiting on the continuous clock.
public struct ContinuousSleeper: SeamSleeper {
    public init() {}
    public func sleep(for duration: Duration) async throws {
        try await Task.sleep(for: duration)
    }
}
