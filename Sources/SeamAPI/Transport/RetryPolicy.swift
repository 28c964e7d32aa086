/// When and how long to wait before retrying a request, as the Python SDK does (reference §5.3):
/// only idempotent verbs (GET, PUT, DELETE), only on 429 and 5xx (and on connection failures),
/// exponential backoff with jitter, and a server's `Retry-After` honoured up to a cap.
public struct RetryPolicy: Sendable, Equatable {
    /// The default `maxRetryAfter`: a server cannot make the client wait longer than a minute per retry.
    public static let defaultMaxRetryAfter: Duration = .seconds(60)

    /// Retries after the first attempt (2 by default, so at most 3 requests).
    public var maxRetries: Int
    /// The first backoff; each further retry doubles it.
    public var backoffBase: Duration
    /// Backoff never exceeds this.
    public var maxBackoff: Duration
    /// Jitter as a fraction of the backoff: the wait is backoff × (1 ± jitter).
    public var jitter: Double
    /// The longest wait a server's `Retry-After` can ask for (60 s by default): a longer delay, or
    /// a date further ahead, waits this long instead.
    public var maxRetryAfter: Duration
    /// HTTP methods that may be retried.
    public var retryableMethods: Set<String>

    public init(maxRetries: Int = 2, backoffBase: Duration = .milliseconds(120), maxBackoff: Duration = .seconds(10),
                jitter: Double = 1.0 / 6.0, maxRetryAfter: Duration = RetryPolicy.defaultMaxRetryAfter,
                retryableMethods: Set<String> = ["GET", "PUT", "DELETE"]) {
        self.maxRetries = maxRetries
        self.backoffBase = backoffBase
        self.maxBackoff = maxBackoff
        self.jitter = jitter
        self.maxRetryAfter = maxRetryAfter
        self.retryableMethods = retryableMethods
    }

    /// The defaults of the official SDKs.
    public static let standard = RetryPolicy()
    /// Never retry.
    public static let none = RetryPolicy(maxRetries: 0)

    /// Whether an answer with this status is worth retrying.
    public func isRetryable(status: Int) -> Bool {
        status == 429 || (500...599).contains(status)
    }

    /// Whether this method may be retried at all.
    public func isRetryable(method: String) -> Bool {
        retryableMethods.contains(method.uppercased())
    }

    /// The wait before retry number `retry` (1-based). `retryAfter` is the server's hint, bounded
    /// to `0...maxRetryAfter`; without one, exponential backoff where `unitRandom` in 0...1 picks
    /// the jitter (0.5 means none).
    public func delay(beforeRetry retry: Int, retryAfter: Duration?, unitRandom: Double) -> Duration {
        if let retryAfter { return min(max(retryAfter, .zero), maxRetryAfter) }
        let exponent = max(0, min(retry - 1, 30))
        let backoff = min(backoffBase * (1 << exponent), maxBackoff)
        let factor = 1 + jitter * (2 * min(max(unitRandom, 0), 1) - 1)
        return backoff * factor
    }
}
