import ConsoleCore
import ConsoleUI
import Foundation
import KeydeskTestSupport
import SeamAPI
import Testing

/// A multi-phone-sync key with a copy on each of the resident's phones: one row in the
/// Credentials pane ("mobile key, 2 phones"), and each phone's copy with its own status in the
/// detail.
@Suite struct GroupedKeySnapshotTests {
    private typealias Screen = ConsoleScreenSnapshotTests

    /// Jane Doe's key (c1) on her iPhone (issued) and her Pixel (still issuing), among the fixtures.
    static let copies = [
        AcsCredential(acsCredentialId: "c1-iphone", acsSystemId: "sys-a", workspaceId: "ws", createdAt: Screen.now,
                      displayName: "Jane Doe mobile key on iPhone 15", accessMethod: .mobileKey, acsUserId: "u1",
                      parentAcsCredentialId: "c1", startsAt: Screen.now - 86_400, endsAt: Screen.now + 30 * 86_400,
                      isIssued: true, issuedAt: Screen.now - 85_000),
        AcsCredential(acsCredentialId: "c1-pixel", acsSystemId: "sys-a", workspaceId: "ws", createdAt: Screen.now,
                      displayName: "Jane Doe mobile key on Pixel 8", accessMethod: .mobileKey, acsUserId: "u1",
                      parentAcsCredentialId: "c1", startsAt: Screen.now - 86_400, endsAt: Screen.now + 30 * 86_400,
                      isIssued: false),
    ]

    /// The loaded console with the copies on the Credentials pane's page (after their key).
    static func stateWithCopies(columns: Int = 80, rows: Int = 24) -> ConsoleState {
        var state = Screen.loadedState(columns: columns, rows: rows)
        let request = PageRequest(pane: .credentials, systemID: state.scope?.systemID, search: nil, cursor: nil,
                                  generation: state.list(.credentials).generation, zones: state.zones)
        let page = [Screen.credential, Screen.pending, Screen.expired] + copies
        _ = state.reduce(.pageLoaded(.credentials(page.map { CredentialRow($0, time: state.zones[$0.acsSystemId], now: Screen.now) }),
                                     request: request, nextCursor: nil), now: Screen.now)
        state.flash = nil
        return state
    }

    @Test func aKeyOnTwoPhonesIsOneRow() {
        var state = Self.stateWithCopies()
        Screen.press(&state, .character("4"))
        #expect(state.credentials.count == 3, "the copies are not rows of their own")
        #expect(state.credentials.row(id: "c1")?.methodWords == "mobile key, 2 phones")
        let text = Screen.render(state)
        // At 80 columns the Method column is 14 cells: the short form keeps the count, which
        // cutting "mobile key, 2 phones" used to lose ("mobile key, 2…").
        #expect(text.contains("key, 2 phones") && !text.contains("mobile key, 2…"), "\(text)")
        #expect(!text.contains("on iPhone 15") && !text.contains("on Pixel 8"))
        assertSnapshot(text, suite: "Credentials", named: "grouped-key-row")
    }

    /// Jane Doe's key opened in the detail at 120x30, its copies' phones named as `phoneNames` says.
    static func detailText(phoneNames: [String: String]) -> String {
        var state = stateWithCopies(columns: 120, rows: 30)
        Screen.press(&state, .character("4"), .enter)
        let generation = state.detail?.generation ?? -1
        _ = state.reduce(.detailLoaded(.credential(Screen.credential, owner: Screen.users[0], entrances: [Screen.entrances[0]],
                                                   copies: copies, phoneNames: phoneNames), generation: generation), now: Screen.now)
        return Screen.render(state, columns: 120, rows: 30)
    }

    @Test func theDetailListsEachPhonesCopyWithItsStatus() {
        let text = Self.detailText(phoneNames: ["c1-iphone": "Jane's iPhone 15", "c1-pixel": "Pixel 8"])
        #expect(text.contains("On 2 phones"))
        #expect(text.contains("Jane's iPhone 15: live, issued") && text.contains("Pixel 8: issuing…"), "each copy by its phone's name")
        assertSnapshot(text, suite: "Credentials", named: "grouped-key-detail")
    }

    @Test func aCopyWhosePhoneSeamDidNotNameIsNumbered() {
        let text = Self.detailText(phoneNames: ["c1-pixel": "Pixel 8"])
        #expect(text.contains("phone 1: live, issued") && text.contains("Pixel 8: issuing…"), "\(text)")
    }
}
