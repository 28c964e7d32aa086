import Foundation

extension RetryPolicy {
    /// Reads a `Retry-After` header: delay-seconds (`7`, also `1.5` or `2e1`) or an HTTP-date
    /// (`Wed, 21 Oct 2015 07:28:00 GMT`). The value is bounded before it becomes
    /// a `Duration`: anything longer than `cap` (60 s by default; huge numbers, infinity, a date
    /// years ahead) is `cap`, a date in the past is zero. Anything else (`-5`, `NaN`, words) is
    /// `nil`, so the caller falls back to its normal backoff.
    public static func parseRetryAfter(
        _ header: String?, now: Date = Date(), cap: Duration = RetryPolicy.defaultMaxRetryAfter
    ) -> Duration? {
        guard let text = header?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        let seconds: Double
        if let delay = delaySeconds(text) {
            seconds = delay
        } else if let date = httpDate(text) {
            seconds = max(0, date.timeIntervalSince(now))
        } else {
            return nil
        }
        let capSeconds = Double(cap.components.seconds) + Double(cap.components.attoseconds) / 1e18
        guard seconds < capSeconds else { return cap }
        return .seconds(seconds)
    }

    /// A non-negative number of seconds, possibly infinite; `nil` for anything that does not start
    /// with a digit (signs, `NaN`, `inf`) or is not a plain decimal number (hex floats).
    private static func delaySeconds(_ text: String) -> Double? {
        guard let first = text.utf8.first, (0x30...0x39).contains(first),
              text.utf8.allSatisfy({ (0x30...0x39).contains($0) || $0 == 0x2E || $0 == 0x65 || $0 == 0x45 || $0 == 0x2B || $0 == 0x2D }),
              let value = Double(text), !value.isNaN
        else { return nil }
        return value
    }

    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// The IMF-fixdate form of an HTTP-date, `Sun, 06 Nov 1994 08:49:37 GMT`.
    private static func httpDate(_ text: String) -> Date? {
        let parts = text.split(separator: " ")
        guard parts.count == 6, parts[0].hasSuffix(","), parts[5] == "GMT", parts[1].count == 2, parts[3].count == 4,
              let month = months.firstIndex(of: String(parts[2]))
        else { return nil }
        let monthText = month + 1 < 10 ? "0\(month + 1)" : "\(month + 1)"
        return SeamDate.parse("\(parts[3])-\(monthText)-\(parts[1])T\(parts[4])Z")
    }
}
