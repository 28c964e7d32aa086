import Foundation
import Testing
@testable import SeamAPI

/// Decoding of what Seam sends in 2026 (reference seam-2026.md): lenient credential dates.
@Suite struct Seam2026DecodingTests {
    func decode<T: Decodable>(_ type: T.Type, _ json: String) throws -> T {
        try SeamJSON.makeDecoder().decode(type, from: Data(json.utf8))
    }

    @Test func oneCredentialWithUnreadableDatesDoesNotFailItsPage() throws {
        let page = try SeamJSON.decodePage(
            Fixtures.credentialPage(count: 500, oddIndex: 137), key: "acs_credentials", as: AcsCredential.self)
        #expect(page.items.count == 500)
        let odd = page.items[137]
        #expect(odd.startsAt == nil && odd.endsAt == nil)
        #expect(odd.startsAtTimestamp == .text("next Tuesday"))
        #expect(odd.endsAtTimestamp == .text("20260201"))
        #expect(odd.startsAtTimestamp?.description == "next Tuesday")
        let normal = page.items[138]
        #expect(normal.startsAt == SeamDate.parse("2026-01-01T10:40:00Z"))
        #expect(normal.endsAtTimestamp?.description == "2026-02-01T10:40:00.000Z")
    }

    @Test func unreadableDatesSurviveARoundTripAndDatesCanBeSet() throws {
        let json = Fixtures.credential.replacingOccurrences(of: #""2026-01-01T10:40:00Z""#, with: #""soon""#)
        var credential = try decode(AcsCredential.self, json)
        let back = try SeamJSON.makeDecoder().decode(AcsCredential.self, from: SeamJSON.makeEncoder().encode(credential))
        #expect(back.startsAtTimestamp == .text("soon"))
        let start = try #require(SeamDate.parse("2026-05-01T00:00:00Z"))
        credential.startsAt = start
        #expect(credential.startsAtTimestamp == .date(start))
        credential.endsAt = nil
        #expect(credential.endsAtTimestamp == nil)
    }
}
