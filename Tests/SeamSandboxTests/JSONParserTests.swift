import Foundation
import NIOHTTP1
@testable import SeamSandbox
import Testing

/// The request body parser: duplicate keys, and its cost on a hostile body of many keys.
@Suite struct JSONParserTests {
    @Test func aDuplicateKeyKeepsItsFirstPlaceAndItsLastValue() throws {
        let value = try JSONParser.parse(Array(#"{"a": 1, "b": 2, "a": 3, "c": {"x": 1, "x": 2}}"#.utf8))
        #expect(value == .object([("a", .int(3)), ("b", .int(2)), ("c", .object([("x", .int(2))]))]))
    }

    /// The duplicate-key check used to compare each key with every earlier one: about 3.8
    /// billion string comparisons for this body, which just fits under the 1 MiB limit (18
    /// minutes in a debug test run). Linear, it takes about 0.2 s there. What is bounded is the
    /// processor time of this thread, which the other tests and builds sharing the machine's two
    /// cores do not stretch as they stretch the wall clock.
    @Test func eightySevenThousandKeysParseInWellUnderASecond() throws {
        let body = Self.manyKeys(87_000)
        #expect(body.count <= JSONRequestBody.maxBytes)
        let started = Self.threadCPUTime()
        let value = try JSONParser.parse(body)
        let elapsed = Self.threadCPUTime() - started
        guard case .object(let pairs) = value else { Issue.record("not an object"); return }
        #expect(pairs.count == 87_000)
        #expect(elapsed < .seconds(1), "parsing took \(elapsed) of processor time")
    }

    /// The processor time the calling thread has used.
    static func threadCPUTime() -> Duration {
        var now = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
        return .seconds(now.tv_sec) + .nanoseconds(now.tv_nsec)
    }

    @Test func theSandboxAnswersSuchABodyPromptly() async throws {
        try await withSandbox { sb in
            let started = ContinuousClock.now
            let reply = try await sb.send(.POST, "/acs/systems/list", body: Self.manyKeys(87_000))
            #expect(reply.status == 200, "\(reply.body.prefix(300))")
            #expect(ContinuousClock.now - started < .seconds(10))
        }
    }

    /// `{"k0":0,"k1":0,…}` with `count` keys.
    static func manyKeys(_ count: Int) -> [UInt8] {
        var body = Array("{".utf8)
        for index in 0..<count {
            if index > 0 { body.append(UInt8(ascii: ",")) }
            body += Array("\"k\(index)\":0".utf8)
        }
        body.append(UInt8(ascii: "}"))
        return body
    }
}
