import Foundation
import Testing
@testable import SeamAPI

@Suite struct RetryPolicyTests {
    let policy = RetryPolicy.standard

    @Test func onlyIdempotentVerbsAndTransientStatusesAreRetried() {
        #expect(policy.maxRetries == 2)
        #expect(policy.isRetryable(method: "GET") && policy.isRetryable(method: "PUT") && policy.isRetryable(method: "DELETE"))
        #expect(!policy.isRetryable(method: "POST") && !policy.isRetryable(method: "PATCH"))
        #expect(policy.isRetryable(status: 429) && policy.isRetryable(status: 500) && policy.isRetryable(status: 503))
        #expect(!policy.isRetryable(status: 400) && !policy.isRetryable(status: 401) && !policy.isRetryable(status: 404))
    }

    @Test func backoffDoublesWithoutJitterAtTheMidpoint() {
        #expect(policy.delay(beforeRetry: 1, retryAfter: nil, unitRandom: 0.5) == .milliseconds(120))
        #expect(policy.delay(beforeRetry: 2, retryAfter: nil, unitRandom: 0.5) == .milliseconds(240))
        #expect(policy.delay(beforeRetry: 3, retryAfter: nil, unitRandom: 0.5) == .milliseconds(480))
        #expect(policy.delay(beforeRetry: 40, retryAfter: nil, unitRandom: 0.5) == .seconds(10))
    }

    @Test func jitterStaysWithinOneSixth() {
        let low = policy.delay(beforeRetry: 1, retryAfter: nil, unitRandom: 0)
        let high = policy.delay(beforeRetry: 1, retryAfter: nil, unitRandom: 1)
        #expect(abs((low - .milliseconds(100)) / .microseconds(1)) < 1)
        #expect(abs((high - .milliseconds(140)) / .microseconds(1)) < 1)
        for _ in 0..<100 {
            let delay = policy.delay(beforeRetry: 2, retryAfter: nil, unitRandom: .random(in: 0...1))
            #expect(delay >= .milliseconds(200) && delay <= .milliseconds(280))
        }
    }

    @Test func retryAfterIsHonouredUpToTheCap() {
        #expect(policy.maxRetryAfter == .seconds(60))
        #expect(policy.delay(beforeRetry: 1, retryAfter: .seconds(3), unitRandom: 0.9) == .seconds(3))
        #expect(policy.delay(beforeRetry: 1, retryAfter: .seconds(121), unitRandom: 0.5) == .seconds(60))
        #expect(policy.delay(beforeRetry: 1, retryAfter: .seconds(-4), unitRandom: 0.5) == .zero)
        #expect(RetryPolicy.parseRetryAfter("7") == .seconds(7))
        #expect(RetryPolicy.parseRetryAfter(" 1.5 ") == .milliseconds(1500))
        #expect(RetryPolicy.parseRetryAfter("0") == .zero)
        #expect(RetryPolicy.parseRetryAfter(nil) == nil)
        #expect(RetryPolicy.parseRetryAfter("") == nil)
    }

    /// Values a hostile or broken server may send: past the cap they are the cap, and anything
    /// that is neither delay-seconds nor an HTTP-date is ignored (nil: the normal backoff applies).
    @Test(arguments: [
        ("1e300", Duration?.some(.seconds(60))),
        ("99999999999999999999", .seconds(60)),
        ("9223372036854775807", .seconds(60)),
        ("61", .seconds(60)),
        ("Fri, 31 Dec 9999 23:59:59 GMT", .seconds(60)),
        ("-5", nil),
        ("NaN", nil),
        ("nan", nil),
        ("inf", nil),
        ("-inf", nil),
        ("0x1p10", nil),
        ("+5", nil),
        ("soon", nil),
        ("Fri, 31 Dec 9999 23:59:59 PST", nil),
        ("Fri, 31 Foo 2026 23:59:59 GMT", nil),
    ])
    func hostileRetryAfterIsBoundedOrIgnored(header: String, expected: Duration?) {
        #expect(RetryPolicy.parseRetryAfter(header) == expected)
    }

    @Test func httpDatesCountFromNowAndPastDatesMeanNoWait() throws {
        let now = try #require(SeamDate.parse("2015-10-21T07:27:30Z"))
        #expect(RetryPolicy.parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", now: now) == .seconds(30))
        #expect(RetryPolicy.parseRetryAfter("Wed, 21 Oct 2015 07:00:00 GMT", now: now) == .zero)
        #expect(RetryPolicy.parseRetryAfter("Wed, 21 Oct 2015 09:00:00 GMT", now: now) == .seconds(60))
        #expect(RetryPolicy.parseRetryAfter("Wed, 21 Oct 2015 09:00:00 GMT", now: now, cap: .seconds(7200)) == .seconds(5550))
    }
}
