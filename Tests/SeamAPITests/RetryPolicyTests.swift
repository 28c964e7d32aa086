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

    @Test func jitterStaysWithinOneSixth() throws {
        let low = try #require(policy.delay(beforeRetry: 1, retryAfter: nil, unitRandom: 0))
        let high = try #require(policy.delay(beforeRetry: 1, retryAfter: nil, unitRandom: 1))
        #expect(abs((low - .milliseconds(100)) / .microseconds(1)) < 1)
        #expect(abs((high - .milliseconds(140)) / .microseconds(1)) < 1)
        for _ in 0..<100 {
            let delay = try #require(policy.delay(beforeRetry: 2, retryAfter: nil, unitRandom: .random(in: 0...1)))
            #expect(delay >= .milliseconds(200) && delay <= .milliseconds(280))
        }
    }

    @Test func retryAfterIsHonouredUpToTheCap() {
        #expect(policy.delay(beforeRetry: 1, retryAfter: .seconds(3), unitRandom: 0.9) == .seconds(3))
        #expect(policy.delay(beforeRetry: 1, retryAfter: .seconds(121), unitRandom: 0.5) == nil)
        #expect(RetryPolicy.parseRetryAfter("7") == .seconds(7))
        #expect(RetryPolicy.parseRetryAfter(" 1.5 ") == .milliseconds(1500))
        #expect(RetryPolicy.parseRetryAfter("-3") == .zero)
        #expect(RetryPolicy.parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT") == nil)
        #expect(RetryPolicy.parseRetryAfter(nil) == nil)
    }
}
