import ConsoleCore
import ConsoleServices
import ConsoleUI
import Foundation
import SeamAPI
import SeamSandbox
import KeydeskTestSupport
import Testing

/// Front-desk browsing, end to end through the real console and a sandbox on loopback.
@Suite struct ConsoleBrowsingTests {
    /// The demo's buildings, as the API lists them (not counting credential managers).
    private func buildings(_ driver: ConsoleDriver) async throws -> [AcsSystem] {
        try await driver.client.acs.systems.list().filter { !$0.isCredentialManager }
    }

    @Test func startsOnTheSystemsPaneWithTheSandboxInTheStatusBar() async throws {
        try await ConsoleDriver.with { driver in
            let buildings = try await buildings(driver)
            #expect(buildings.count >= 2)
            for building in buildings { try await driver.waitFor(String(building.name.prefix(20))) }
            #expect(driver.terminal.lines[0].contains("SANDBOX"))
            #expect(driver.terminal.lines[0].contains("all buildings"))
            #expect(driver.terminal.lines[1].contains("1 Systems"))
            #expect(driver.terminal.lines[23].contains("Quit"), "the footer lists the keys that apply")
        }
    }

    @Test func choosingABuildingScopesUsersEntrancesAndCredentials() async throws {
        try await ConsoleDriver.with { driver in
            let building = try #require(try await buildings(driver).first)
            let rowIndex = try #require(driver.state.systems.rows.firstIndex { $0.id == building.acsSystemId })
            driver.app.send(.key(.home))
            try await driver.press(contentsOf: Array(repeating: .down, count: rowIndex))
            try await driver.press(.enter)
            try await driver.waitFor(building.name)
            #expect(driver.state.scope?.systemID == building.acsSystemId)
            #expect(driver.terminal.lines[0].contains(building.name))

            try await driver.press(.character("2"))
            let users = try await driver.client.acs.users.paginate(AcsUserListParameters(acsSystemId: building.acsSystemId)).collectAll()
            #expect(driver.state.users.count == users.count)
            #expect(driver.state.users.rows.allSatisfy { $0.systemID == building.acsSystemId })

            try await driver.press(.character("3"))
            #expect(driver.state.entrances.rows.allSatisfy { $0.systemID == building.acsSystemId })
            #expect(driver.state.entrances.count >= 12)
            try await driver.press(.character("4"))
            #expect(driver.state.credentials.count > 0)
            #expect(driver.state.credentials.rows.allSatisfy { $0.systemID == building.acsSystemId })
        }
    }

    @Test func filteringNarrowsTheListAndSaysWhenNothingMatches() async throws {
        try await ConsoleDriver.with { driver in
            try await driver.press(.character("2"))
            let someone = try #require(driver.state.users.row(at: 5))
            let needle = String(someone.name.split(separator: " ").last ?? "")
            try await driver.press(.character("/"))
            try await driver.type(needle)
            try await driver.waitFor("/" + needle)
            #expect(driver.state.users.count >= 1)
            #expect(driver.state.users.rows.allSatisfy { $0.searchText.contains(needle.lowercased()) })
            try await driver.press(.enter)
            #expect(driver.terminal.text.contains(someone.name))

            try await driver.press(.character("/"), .control("u"))
            try await driver.type("zzqx-nobody")
            try await driver.waitFor("No users match")
            try await driver.press(.escape)
        }
    }

    @Test func pagingReachesTheEndOfALongListWithEachRowOnce() async throws {
        try await ConsoleDriver.with(pageSize: 7) { driver in
            try await driver.press(.character("4"))
            #expect(driver.state.credentials.hasMore)
            // Every page to the end (with the phones' copies of keys that is some 20 requests):
            // one bounded wait for all of it rather than the 10 s a single key press is given.
            driver.app.send(.key(.character("G")))
            try await driver.app.waitUntil(timeout: .seconds(30)) { !$0.state.credentials.hasMore && $0.isIdle }
            // Phones' copies of a multi-phone-sync key are counted on its row, not rows of their own.
            let all = try await driver.client.acs.credentials.paginate(AcsCredentialListParameters()).collectAll()
                .filter { $0.parentAcsCredentialId == nil }
            #expect(driver.state.credentials.count == all.count)
            #expect(Set(driver.state.credentials.rows.map(\.id)) == Set(all.map(\.acsCredentialId)))
            #expect(driver.state.credentials.selectedID == driver.state.credentials.row(at: all.count - 1)?.id)
        }
    }

    @Test func theDetailPaneShowsEachKindInWords() async throws {
        try await ConsoleDriver.with { driver in
            // A building: time zone and credential manager.
            try await driver.press(.enter)
            try await driver.waitFor("Time zone")
            try await driver.waitFor("Credential manager")
            try await driver.press(.escape)
            // A credential: its dates, status and the entrances it opens.
            try await driver.press(.character("4"), .enter)
            try await driver.waitFor("Opens ")
            #expect(driver.terminal.text.contains("Ends"))
            #expect(driver.terminal.text.contains("Status"))
            if driver.terminal.text.contains("PIN") {
                #expect(driver.terminal.text.contains("••••"), "the PIN is masked until asked for")
            }
            try await driver.press(.escape)
            // An entrance: who can open it.
            try await driver.press(.character("3"), .enter)
            try await driver.waitFor("open")
            #expect(driver.terminal.text.contains("Door type"))
            try await driver.press(.escape)
            // A user: their credentials.
            try await driver.press(.character("2"), .enter)
            try await driver.waitFor("Credentials")
            #expect(driver.terminal.text.contains("Status"))
        }
    }

    @Test func aRefreshKeepsTheSelectedRow() async throws {
        try await ConsoleDriver.with { driver in
            try await driver.press(.character("2"), .down, .down, .down)
            let selected = try #require(driver.state.users.selectedID)
            // Someone adds a user meanwhile: positions shift, the selection must not.
            let building = try #require(try await buildings(driver).first)
            _ = try await driver.client.acs.users.create(AcsUserCreateParameters(acsSystemId: building.acsSystemId, fullName: "Aaron Newcomer"))
            try await driver.press(.character("r"))
            #expect(driver.state.users.selectedID == selected)
            #expect(driver.terminal.text.contains("refreshed"))
        }
    }

    @Test func whenTheAPIFailsTheDataStaysABannerSaysSoAndItRecovers() async throws {
        try await ConsoleDriver.with { driver in
            try await driver.press(.character("2"))
            let before = driver.state.users.count
            await driver.sandbox.setFaults(SandboxFaults(failRate: 1))
            driver.app.send(.key(.character("r")))
            try await driver.waitFor("API PROBLEM")
            #expect(driver.state.users.count == before, "the last data stays on screen")
            // Keys keep working while the API is down.
            driver.app.send(.key(.down))
            try await driver.app.waitUntil { $0.state.users.cursor == 1 }
            await driver.sandbox.setFaults(SandboxFaults())
            try await driver.waitFor("Connection restored", timeout: .seconds(15))
            #expect(driver.state.banner == nil)
        }
    }

    @Test func holdersNotAmongTheLoadedUsersAreLookedUpForTheRowsOnScreen() async throws {
        try await ConsoleDriver.with(pageSize: 5) { driver in
            try await driver.press(.character("4"))
            driver.app.send(.key(.character("G"))) // every page, to the last credentials: one bounded wait for all
            try await driver.app.waitUntil(timeout: .seconds(30)) { !$0.state.credentials.hasMore && $0.isIdle }
            let count = driver.state.credentials.count
            #expect(driver.state.credentials.scrollTop == count - driver.state.listHeight, "the last rows are on screen")
            let rows = (count - 5..<count).compactMap { driver.state.credentials.row(at: $0) }
            #expect(rows.allSatisfy { row in driver.state.users.row(id: row.ownerID ?? "") == nil },
                    "their holders are not among the 5 users the users pane loaded")
            try await driver.app.waitUntil(timeout: .seconds(10)) { app in
                rows.allSatisfy { app.state.credentials.row(id: $0.id)?.owner.isEmpty == false }
            }
            for row in rows {
                let user = try await driver.client.acs.users.get(.acsUserId(try #require(row.ownerID)))
                #expect(driver.state.credentials.row(id: row.id)?.owner == (user.fullName ?? user.displayName))
            }
            try await driver.waitFor(try #require(driver.state.credentials.row(at: count - 1)?.owner))
        }
    }

    /// Sorting by holder asks the API for every user's name (`ConsoleReducerTests` checks when):
    /// the runner pages through the users of the building, or of the workspace.
    @Test func everyHoldersNameComesFromTheUsersPages() async throws {
        try await ConsoleDriver.with(pageSize: 5) { driver in
            let runner = ConsoleEffectRunner(client: driver.client, auditRecorder: nil)
            let users = try await driver.client.acs.users.paginate(AcsUserListParameters()).collectAll()
            guard case .holdersLoaded(let names)? = await runner.run(.loadAllHolders(systemID: nil)) else {
                Issue.record("no names")
                return
            }
            #expect(names.count == users.count && users.count > 5, "every user of the workspace, beyond one page")
            #expect(users.allSatisfy { names[$0.acsUserId] == ($0.fullName ?? $0.displayName) })
            let building = try #require(users.first?.acsSystemId)
            guard case .holdersLoaded(let inBuilding)? = await runner.run(.loadAllHolders(systemID: building)) else {
                Issue.record("no names for the building")
                return
            }
            #expect(Set(inBuilding.keys) == Set(users.filter { $0.acsSystemId == building }.map(\.acsUserId)))
        }
    }
}

@Suite struct ConsoleAuthenticationTests {
    @Test func aRefusedKeySaysWhereItCameFromAndNothingIsLost() async throws {
        try await ConsoleDriver.with(key: ("seam_not_the_right_key", .environment("SEAM_API_KEY"))) { driver in
            try await driver.waitFor("API PROBLEM")
            let banner = try #require(driver.state.banner)
            #expect(banner.contains("SEAM_API_KEY"), "names where the key came from: \(banner)")
            #expect(!banner.contains("seam_not_the_right_key"), "never shows the key")
            #expect(!driver.terminal.text.contains("seam_not_the_right_key"))
            // Keys still work: the panes can be switched and the console can be left.
            try await driver.press(.character("2"))
            #expect(driver.state.pane == .users)
        }
    }
}

extension ConsoleDriver {
    func press(contentsOf keys: [Key]) async throws {
        for key in keys { try await press(key) }
    }
}

/// Seam rate-limits every workspace: a filter typed at typing speed costs one request per pause,
/// counted where it lands, at the sandbox.
@Suite struct FilterRequestTests {
    @Test func aFilterTypedAtTwelveKeysASecondSendsAtMostTwoListRequests() async throws {
        let logs = LogCapture()
        try await ConsoleDriver.with(activityInterval: nil, logs: logs) { driver in
            try await driver.press(.character("2"), .character("/"))
            let before = logs.count("GET /acs/users/list")
            for letter in "jane doe" {
                driver.app.send(.key(.character(letter)))
                driver.app.pump()
                try await Task.sleep(for: .milliseconds(83)) // 12 keys a second
            }
            try await driver.app.waitUntilIdle()
            let sent = logs.count("GET /acs/users/list") - before
            #expect(sent >= 1, "the API is asked once typing pauses")
            #expect(sent <= 2, "one request per pause in typing, not one per key: \(sent)")
            #expect(driver.state.serverSearch[.users] == "jane doe")
        }
    }
}
