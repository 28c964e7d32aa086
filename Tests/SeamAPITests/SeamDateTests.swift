import Foundation
import Testing
@testable import SeamAPI

@Suite struct SeamDateTests {
    @Test(arguments: [
        ("2025-06-15T16:54:17Z", 1_750_006_457.0),
        ("2025-06-15T16:54:17.072Z", 1_750_006_457.072),
        ("2025-06-15T16:54:17.946425Z", 1_750_006_457.946425),
        ("2025-06-15T18:54:17.5+02:00", 1_750_006_457.5),
        ("2025-06-15T11:54:17-0500", 1_750_006_457.0),
        ("1970-01-01T00:00:00Z", 0.0),
        ("1969-12-31T23:59:59.250Z", -0.75),
        ("2024-02-29T12:00:00Z", 1_709_208_000.0),
    ])
    func parsesEveryPrecisionAndOffset(text: String, epoch: Double) throws {
        let date = try #require(SeamDate.parse(text))
        #expect(abs(date.timeIntervalSince1970 - epoch) < 0.000_001)
    }

    @Test(arguments: ["", "2025-06-15", "2025-06-15T16:54Z", "2025-13-01T00:00:00Z", "2025-06-15T16:54:17.Z",
                      "2025-06-15T16:54:17", "2025-06-15T16:54:17Zjunk", "yesterday"])
    func rejectsMalformedTimestamps(text: String) {
        #expect(SeamDate.parse(text) == nil)
    }

    @Test func formatsUTCWithMilliseconds() {
        #expect(SeamDate.format(Date(timeIntervalSince1970: 1_750_006_457.946425)) == "2025-06-15T16:54:17.946Z")
        #expect(SeamDate.format(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00.000Z")
        #expect(SeamDate.format(Date(timeIntervalSince1970: -0.75)) == "1969-12-31T23:59:59.250Z")
    }

    @Test func formatThenParseRoundTripsToTheMillisecond() throws {
        for seconds in stride(from: -2_000_000_000.0, through: 4_000_000_000.0, by: 123_456_789.123) {
            let date = Date(timeIntervalSince1970: seconds)
            let back = try #require(SeamDate.parse(SeamDate.format(date)))
            // Milliseconds are truncated, as JavaScript's toISOString does.
            #expect(back.timeIntervalSince1970 <= seconds + 0.000_001)
            #expect(seconds - back.timeIntervalSince1970 < 0.001_01)
        }
    }

    @Test func decoderRejectsANonTimestampWithAReadableError() {
        let json = Data(#"{"workspace_id":"w","event_id":"e","event_type":"x","created_at":"soon"}"#.utf8)
        #expect(throws: DecodingError.self) { try SeamJSON.makeDecoder().decode(SeamEvent.self, from: json) }
    }
}
