import ConsoleCore
import Foundation
import SeamAPI
import Testing

/// The `access_grant_key` keydesk gives a grant is Seam's idempotency key for the whole request.
/// It used to leave out the dates and the PIN, so a second grant for the same doors with other
/// dates (or a PIN) was refused by Seam as `access_grant_key_conflict` instead of being made.
struct GrantKeyTests {
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    func key(_ identity: String = "id1", system: String = "s1", doors: [String] = ["d1", "d2"], starts: Date? = nil, ends: Date? = nil,
             modes: [AccessMode] = [.mobileKey]) -> String {
        GrantKey.of(identityID: identity, systemID: system, entranceIDs: doors, startsAt: starts ?? now,
                    endsAt: ends ?? now.addingTimeInterval(30 * 86_400), modes: modes)
    }

    @Test func theSameRequestGivesTheSameKey() {
        let first = key()
        #expect(first.hasPrefix("keydesk-") && first.count == 24)
        #expect(first == key(doors: ["d2", "d1"]), "the order of the entrances does not matter")
        #expect(first == key(starts: now, ends: now.addingTimeInterval(30 * 86_400)), "a retry of the same request")
        #expect(key(modes: [.code, .mobileKey]) == key(modes: [.mobileKey, .code]), "nor the order of the methods")
    }

    @Test func anyOtherPartOfTheRequestGivesAnotherKey() {
        let first = key()
        #expect(first != key("id2") && first != key(system: "s2") && first != key(doors: ["d1"]))
        #expect(first != key(ends: now.addingTimeInterval(31 * 86_400)), "other dates: another grant")
        #expect(first != key(starts: now.addingTimeInterval(3_600)))
        #expect(first != key(modes: GrantKey.modes(withPIN: true)), "with a PIN: another grant")
        #expect(key(modes: [.code]) != key(modes: [.mobileKey, .code]), "a PIN alone is not a key with a PIN")
    }
}
