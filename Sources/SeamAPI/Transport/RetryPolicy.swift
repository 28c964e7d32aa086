/// When and how long to wait before retrying a request, as the Python SDK does (reference §5.3):
/// only idempotent verbs (GET, PUT, DELETE), only on 429 and 5xx (and on connection failures),
/// exponential backoff with jitter, and a server's `Retry-After` honoured up to a cap.
public struct RetryPolicy: Sendable, Equatable {
    /// Retries after the first attempt (2 by default, so at most 3 requests).
    public var maxRetries: Int
    /// The first backoff; each further retry doubles it.
    public var backoffBase: Duration
    /// Backoff never exceeds this.
    public var maxBackoff: Duration
    /// Jitter as a fraction of the backoff: the wait is backoff × (1 ± jitter).
    public var jitter: Double
    /// A `Retry-After` longer than this is not waited for: the error surfaces instead.
    public var maxRetryAfter: Duration
    /// HTTP methods that may be retried.
    public var retryableMethods: Set<String>

    public init(maxRetries: Int = 2, backoffBase: Duration = .milliseconds(120), maxBackoff: Duration = .seconds(10),
                jitter: Double = 1.0 / 6.0, maxRetryAfter: Duration = .seconds(120),
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

    /// The wait before retry number `retry` (1-based). `retryAfter` is the server's hint;
    /// `unitRandom` in 0...1 picks the jitter (0.5 means none). `nil` means do not retry
    /// (the server asked for a longer wait than `maxRetryAfter`).
    public func delay(beforeRetry retry: Int, retryAfter: Duration?, unitRandom: Double) -> Duration? {
        if let retryAfter {
            if retryAfter > maxRetryAfter { return nil }
            return max(retryAfter, .zero)
        }
        let exponent = max(0, min(retry - 1, 30))
        let backoff = min(backoffBase * (1 << exponent), maxBackoff)
        let factor = 1 + jitter * (2 * min(max(unitRandom, 0), 1) - 1)
        return backoff * factor
    }

    /// Parses a `Retry-After` header given in seconds (the HTTP-date form is not used by Seam).
    public static func parseRetryAfter(_ header: String?) -> Duration? {
        guard let header = header?.trimmingWhitespace(), !header.isEmpty else { return nil }
        if let seconds = Int(header) { return .seconds(max(0, seconds)) }
        if let seconds = Double(header), seconds.isFinite { return .milliseconds(Int(max(0, seconds) * 1000)) }
        return nil
    }
}

extension String {
    fileprivate func trimmingWhitespace() -> String {
        var scalars = Substring(self)
        while scalars.first?.isWhitespace == true { scalars.removeFirst() }
        while scalars.last?.isWhitespace == true { scalars.removeLast() }
        return String(scalars)
    }
}
