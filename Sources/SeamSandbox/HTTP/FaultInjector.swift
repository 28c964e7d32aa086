import Foundation
import Synchronization

/// Run-time fault injection: added latency, a share of dropped connections, a share of 503s,
/// routes that always fail, and a per-minute rate limit (429).
final class FaultInjector: Sendable {
    private struct State {
        var faults: SandboxFaults
        var windowStart: Int64 = 0
        var windowCount = 0
        var random = SystemRandomNumberGenerator()
    }

    enum Decision {
        case proceed(latency: Duration)
        case fail(SeamError, latency: Duration)
        /// Close the connection without a response.
        case drop(latency: Duration)
    }

    private let state: Mutex<State>

    init(_ faults: SandboxFaults) { state = Mutex(State(faults: faults)) }

    func set(_ faults: SandboxFaults) {
        state.withLock { $0.faults = faults; $0.windowCount = 0 }
    }

    func decide(now: Int64, path: String) -> Decision {
        state.withLock { s in
            let latency = s.faults.latency
            if let limit = s.faults.rateLimitPerMinute {
                if now - s.windowStart >= 60_000 { s.windowStart = now; s.windowCount = 0 }
                s.windowCount += 1
                if s.windowCount > limit {
                    let retryAfter = max(1, (s.windowStart + 60_000 - now + 999) / 1000)
                    var error = SeamError(status: 429, type: "rate_limit_exceeded", message: "Rate limit of \(limit) requests per minute exceeded; retry after \(retryAfter) s")
                    error.headers = [("Retry-After", String(retryAfter))]
                    return .fail(error, latency: latency)
                }
            }
            if s.faults.dropRate > 0, Double.random(in: 0..<1, using: &s.random) < s.faults.dropRate {
                return .drop(latency: latency)
            }
            if s.faults.failRate > 0, Double.random(in: 0..<1, using: &s.random) < s.faults.failRate {
                return .fail(SeamError(status: 503, type: "service_unavailable", message: "The sandbox is simulating an outage (fail rate \(s.faults.failRate))"), latency: latency)
            }
            if s.faults.failingRoutes.contains(path) {
                return .fail(SeamError(status: 503, type: "service_unavailable", message: "The sandbox is simulating an outage of \(path)"), latency: latency)
            }
            return .proceed(latency: latency)
        }
    }
}
