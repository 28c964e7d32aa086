/// Thrown by `withDeadline` when the time ran out before the operation finished.
struct DeadlineExceeded: Error {}

/// Runs `operation`, cancelling it and throwing `DeadlineExceeded` when `duration` of real time
/// passes first. The wait is on the continuous clock, never on `SeamConfiguration.sleeper` (which
/// tests make instant), and the operation must honour cancellation (AsyncHTTPClient's request and
/// body stream do).
func withDeadline<Value: Sendable>(
    _ duration: Duration, _ operation: @escaping @Sendable () async throws -> Value
) async throws -> Value {
    try await withThrowingTaskGroup(of: Value.self) { group in
        group.addTask(operation: operation)
        group.addTask {
            try await Task.sleep(for: duration)
            throw DeadlineExceeded()
        }
        defer { group.cancelAll() }
        guard let value = try await group.next() else { throw DeadlineExceeded() }
        return value
    }
}
