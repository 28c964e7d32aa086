import ConsoleCore
import ConsoleServices
import ConsoleUI
import Foundation
import KeydeskTestSupport
import SeamAPI
import SeamSandbox
import Testing

/// The console follows Seam events while it runs: changes another client makes show in the
/// panes and the Activity pane without `r`, and an idle console asks for events at most once per
/// interval, counted at the sandbox.
@Suite struct ActivityDriverTests {
    @Test func aChangeByAnotherClientShowsInThePanesAndTheActivityPaneWithoutRefreshing() async throws {
        try await ConsoleDriver.with(activityInterval: .seconds(1)) { driver in
            let client = driver.client // another desk, through the API
            let maple = try #require(driver.state.systems.rows.first { $0.name == "Maple Court" })
            try await driver.press(.character("4"))
            let revoked = try #require(driver.state.credentials.rows.first { $0.status == .live && $0.systemID == maple.id })
            let visitor = try await client.acs.users.create(AcsUserCreateParameters(acsSystemId: maple.id, fullName: "Walk In Visitor"))
            let doors = try await client.acs.entrances.list(AcsEntranceListParameters(acsSystemId: maple.id)).items
            let door = try #require(doors.first { $0.displayName == "Fitness Center" })
            let pin = try await client.acs.credentials.create(AcsCredentialCreateParameters(
                owner: .acsUserId(visitor.acsUserId), accessMethod: .code, allowedAcsEntranceIds: [door.acsEntranceId], endsAt: Date() + 3600))
            try await client.acs.credentials.delete(acsCredentialId: revoked.id)

            try await driver.app.waitUntil(timeout: .seconds(15)) { app in
                let state = app.state
                return state.credentials.row(id: revoked.id) == nil && state.users.row(id: visitor.acsUserId) != nil
                    && state.credentials.row(id: pin.acsCredentialId)?.status == .live
            }
            #expect(driver.state.users.row(id: visitor.acsUserId)?.name == "Walk In Visitor", "a user created elsewhere appears")
            #expect(driver.state.credentials.row(id: pin.acsCredentialId)?.owner == "Walk In Visitor", "a PIN turned live shows with its holder")
            try await driver.press(.character("G"))
            #expect(driver.screen.contains("Walk In Visitor"), "the Credentials pane shows it (API order: at the end)")

            try await driver.press(.character("6"))
            let sentences = driver.state.activity.rows.prefix(5).map(\.sentence)
            #expect(sentences.contains("Fitness Center: PIN for Walk In Visitor issued"))
            #expect(sentences.contains("User Walk In Visitor created"))
            #expect(sentences.contains { $0.hasPrefix("Mobile key") && $0.contains("deleted") } || sentences.contains { $0.hasPrefix("PIN") && $0.hasSuffix("deleted") })
            #expect(driver.screen.contains("User Walk In Visitor created"))
            #expect(driver.screen.contains("Fitness Center: PIN for Walk In Visitor"))
            try await driver.select(row: try #require(driver.state.activity.rows.first { $0.sentence.hasPrefix("Fitness Center") }).id, in: .activity)
            try await driver.press(.enter)
            try await driver.app.waitUntil { $0.state.detail?.phase != .loading && $0.isIdle }
            #expect(driver.state.detail?.target == .credential(pin.acsCredentialId), "Enter opens what the event names")
        }
    }

    /// An idle console with many rows loaded, for 10 s with a 1 s interval: the ratio of one
    /// request per interval is the same as 5 s over a minute, in a sixth of the time. The rows
    /// are a crowd made in the store (3,000 users, 12,000 credentials, 300 recent events), not
    /// the `large` seed: building that takes about 25 s of CPU in a debug build, and in the
    /// parallel suite it starved the other driver tests into their 5 s client timeouts.
    @Test func anIdleConsoleAsksForEventsAtMostOncePerInterval() async throws {
        let logs = LogCapture()
        try await ConsoleDriver.with(activityInterval: .seconds(1), logs: logs) { driver in
            try await driver.sandbox.addCrowd(residents: 3_000, credentialsEach: 4, recentEvents: 300)
            for pane in ["2", "4", "6"] { try await driver.press(.character(Character(pane)), .character("r")) }
            // Not `isIdle`: on a loaded machine a poll can take longer than the 1 s interval, and the
            // console is then never idle, which is what the test measures, not what it waits for.
            try await driver.app.waitUntil(timeout: .seconds(60)) {
                $0.state.activity.count == ActivityFeed.historyLimit && $0.state.credentials.hasMore
            }
            #expect(driver.state.credentials.hasMore, "more credentials than a page")
            let before = logs.count("GET /events/list 200")
            let start = ContinuousClock.now
            try await driver.app.waitUntil(timeout: .seconds(20)) { _ in ContinuousClock.now - start >= .seconds(10) }
            let asked = logs.count("GET /events/list") - before
            #expect(asked <= 10, "at most one events request per interval: \(asked) in 10 s")
            #expect(asked >= 7, "and it does follow: \(asked) in 10 s")
        }
    }
}
