import Foundation
import SeamAPI

/// The `access_grant_key` keydesk gives a grant, Seam's idempotency key for the request: the same
/// resident, building, entrances (in any order), dates and access methods give the same key, so a
/// retry after a lost answer (the wizard, `keydesk issue`, a resumed import) returns the grant
/// already made instead of a second one, while a grant with other dates or methods is a grant of
/// its own (the same key with other parameters is refused by Seam as `access_grant_key_conflict`).
public enum GrantKey {
    /// "keydesk-" then 16 hex digits (FNV-1a, stable across runs and hosts).
    public static func of(identityID: String, systemID: String, entranceIDs: [String], startsAt: Date, endsAt: Date,
                          modes: [AccessMode]) -> String {
        let dates = [startsAt, endsAt].map { String(Int64($0.timeIntervalSince1970.rounded(.down))) }
        let methods = Set(modes.map(\.rawValue)).sorted()
        let text = ([identityID, systemID] + entranceIDs.sorted() + dates + methods).joined(separator: "\u{1F}")
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return "keydesk-" + String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// The wizard's methods: a mobile key, and with `withPIN` a PIN too.
    public static func modes(withPIN: Bool) -> [AccessMode] {
        withPIN ? [.mobileKey, .code] : [.mobileKey]
    }
}
