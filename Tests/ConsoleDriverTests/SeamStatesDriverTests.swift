import ConsoleCore
import ConsoleServices
import ConsoleUI
import Foundation
import SeamAPI
import SeamSandbox
import Testing

/// Seam as staff meet it in 2026 (issue 12), through the real console against the `demo` seed:
/// a building without a credential manager, a resident with two phones, changes that take the
/// sandbox's issue delay to land, and every problem the seed carries.
@Suite struct SeamStatesDriverTests {
    // MARK: Helpers

    /// An audit log in a fresh temporary directory.
    private func temporaryAuditLog() throws -> AuditLog {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("keydesk-states-\(UUID().uuidString)").path
        return try AuditLog(path: directory + "/audit.sqlite")
    }

    /// The open detail pane as lines of text, once its data has arrived.
    private func detailLines(_ driver: ConsoleDriver, sourceLocation: SourceLocation = #_sourceLocation) async throws -> [String] {
        try await driver.app.waitUntil { app in
            if case .loaded? = app.state.detail?.phase { return app.isIdle }
            return false
        }
        guard case .loaded(let content)? = driver.state.detail?.phase else { return [] }
        let sheet = DetailSheet(content, time: BuildingTime(identifier: "UTC"), now: Date(), revealsPIN: false)
        return [sheet.title] + sheet.lines.map { line in
            switch line {
            case .heading(let text), .text(let text), .problem(let text): text
            case .field(let label, let value): "\(label): \(value)"
            case .blank: ""
            }
        }
    }

    /// The screen line showing `name` (and, when given, `also`).
    private func line(_ driver: ConsoleDriver, with name: String, and also: String = "") -> String? {
        driver.screen.split(separator: "\n").map(String.init).first { $0.contains(name) && $0.contains(also) }
    }

    // MARK: 1. No credential manager

    @Test func harborLoftsHasNoCredentialManagerAndTheWizardIssuesItsKeyInThreeCalls() async throws {
        let log = try temporaryAuditLog()
        try await ConsoleDriver.with(columns: 100, rows: 30, auditLog: log) { driver in
            // The building's detail says how keys are issued there.
            try await driver.press(.character("1"))
            let index = try #require(driver.state.systems.rows.firstIndex { $0.name == "Harbor Lofts" })
            let systemID = driver.state.systems.rows[index].id
            try await driver.press(.home)
            for _ in 0..<index { try await driver.press(.down) }
            try await driver.press(.enter)
            let detail = try await detailLines(driver)
            #expect(detail.contains("No credential manager"), "\(detail)")
            #expect(detail.contains { $0.contains("issued the current way") }, "\(detail)")
            #expect(!driver.screen.contains("cannot be issued"), "the 2024 wording is gone:\n\(driver.screen)")
            try await driver.press(.escape)
            #expect(driver.state.scope?.systemID == systemID)

            try await driver.press(.character("i"))
            try await driver.waitFor("Step 1/")
            try await driver.type("harbor.newcomer@example.com")
            try await driver.press(.tab)
            try await driver.type("Harbor Newcomer")
            try await driver.press(.enter)
            try await driver.waitFor("Step 3/5 · the mobile key")
            #expect(driver.screen.contains("No credential manager in this building: the key is issued the current way."),
                    "one line says why:\n\(driver.screen)")
            try await driver.createKeyInShortFlow(door: "Main Entrance")
            try await driver.waitFor("Issued", timeout: .seconds(20))
            let made = try #require(driver.state.wizard?.made)
            #expect(made.identityCreated && made.enrollmentID == nil && made.acsUserOutcome == .created)

            // Three changes, no credential-manager step.
            let outcomes = try await log.entries().reversed().map(\.entry).filter { $0.kind == .outcome }
            #expect(outcomes.map(\.action) == ["user_identity.create", "acs_user.create", "credential.create"])
            // The API holds the ACS user linked to the identity and its mobile key.
            let identityID = try #require(made.identityID)
            let identity = try await driver.client.userIdentities.get(userIdentityId: identityID)
            #expect(identity.emailAddress == "harbor.newcomer@example.com")
            let users = try await driver.client.acs.users.list(AcsUserListParameters(acsSystemId: systemID, userIdentityId: identityID)).items
            #expect(users.map(\.acsUserId) == [made.acsUserID])
            #expect(users.first?.userIdentityId == identityID)
            let key = try await driver.client.acs.credentials.get(acsCredentialId: try #require(made.credentialID))
            #expect(key.accessMethod == .mobileKey && key.isMultiPhoneSyncCredential == true)
            #expect(key.acsUserId == made.acsUserID && key.acsSystemId == systemID && key.isIssued == true)
            #expect(try await driver.client.userIdentities.enrollmentAutomations.list(userIdentityId: identityID).isEmpty)

            // Closing the wizard shows the new key in the Credentials pane without a refresh.
            try await driver.press(.enter)
            try await driver.press(.character("4"))
            try await driver.app.waitUntil { $0.state.credentials.row(id: key.acsCredentialId) != nil && $0.isIdle }
        }
    }

    // MARK: 2. Two phones

    @Test func aResidentWithTwoPhonesHasOneKeyRowAndBothCopiesAreFollowedToIssued() async throws {
        try await ConsoleDriver.with(columns: 120, rows: 36, issueDelay: .seconds(8)) { driver in
            // Harbor Lofts' first resident, Lucas Schmidt, signed in on two phones (demo seed).
            let systemID = try await driver.scope(to: "Harbor Lofts")
            let resident = try #require(try await driver.client.userIdentities.list(UserIdentityListParameters(search: "lucas.schmidt@")).items.first)
            let phones = try await driver.client.phones.list(ownerUserIdentityId: resident.userIdentityId)
            try #require(phones.count == 2, "the seed gives Lucas Schmidt two phones")

            try await driver.press(.character("i"))
            try await driver.waitFor("Step 1/")
            try await driver.type("Lucas Schmidt")
            try await driver.press(.enter)
            try await driver.waitFor("<lucas.schmidt@harborlofts.example.com>")
            try await driver.press(.enter)
            try await driver.createKeyInShortFlow(door: "Garage Gate")
            try await driver.app.waitUntil { $0.state.wizard?.made.credentialID != nil }
            let keyID = try #require(driver.state.wizard?.made.credentialID)
            // Leave while Latch is still issuing: the console follows the key in its pane.
            try await driver.press(.escape)
            #expect(driver.state.wizard == nil)

            let copies = try await driver.client.acs.credentials.list(AcsCredentialListParameters(acsSystemId: systemID)).items
                .filter { $0.parentAcsCredentialId == keyID }
            #expect(copies.count == 2, "one copy per phone")
            #expect(copies.allSatisfy { $0.isIssued != true }, "copies wait for the issue delay like their key")

            try await driver.press(.character("4"))
            try await driver.app.waitUntil { $0.state.credentials.row(id: keyID) != nil && $0.isIdle }
            let row = try #require(driver.state.credentials.row(id: keyID))
            #expect(row.phones == 2 && row.methodWords == "mobile key, 2 phones")
            #expect(row.status == .issuing)
            let ids = Set(driver.state.credentials.rows.map(\.id))
            #expect(ids.isDisjoint(with: copies.map(\.acsCredentialId)), "copies are not rows of their own")
            #expect(driver.state.credentials.rows.filter { $0.ownerID == row.ownerID && $0.endsAt == row.endsAt }.count == 1)

            try await driver.select(row: keyID, in: .credentials)
            #expect(line(driver, with: "mobile key, 2 phones", and: "issuing…") != nil, "\(driver.screen)")
            try await driver.press(.enter)
            let before = try await detailLines(driver)
            #expect(before.contains("On 2 phones"), "\(before)")
            // Each copy named by its phone (phones/list by the copy's id), not "phone 1".
            let names = phones.map { $0.nickname ?? $0.displayName }
            #expect(names.allSatisfy { name in before.contains { $0.hasPrefix("• \(name): ") && $0.contains("issuing…") } }, "\(names) \(before)")
            #expect(!before.contains { $0.hasPrefix("• phone ") }, "\(before)")

            // No key is pressed from here: the console follows the key until Latch issues it.
            try await driver.app.waitUntil(timeout: .seconds(30)) { $0.state.credentials.row(id: keyID)?.status == .live && $0.isIdle }
            try await driver.waitFor("\(names[1]): live")
            let after = try await detailLines(driver)
            #expect(names.allSatisfy { name in after.contains { $0.hasPrefix("• \(name): ") && $0.contains("live, issued") } }, "\(after)")
            try await driver.press(.escape)
            #expect(line(driver, with: "mobile key, 2 phones", and: "live") != nil, "\(driver.screen)")
            let issued = try await driver.client.acs.credentials.list(AcsCredentialListParameters(acsSystemId: systemID)).items
                .filter { $0.parentAcsCredentialId == keyID }
            #expect(issued.count == 2 && issued.allSatisfy { $0.isIssued == true })
        }
    }

    // MARK: 3. Changes that take time

    @Test func aPendingSuspendAndARevokeShowOnTheirRowsAndResolveWithoutRefreshing() async throws {
        try await ConsoleDriver.with(columns: 120, rows: 30, issueDelay: .seconds(8)) { driver in
            try await driver.scope(to: "Harbor Lofts")
            try await driver.press(.character("2"))
            let user = try #require(driver.state.users.rows.first { $0.status == "active" })
            try await driver.select(row: user.id, in: .users)
            try await driver.press(.character("u"))
            try await driver.waitFor("Suspend user")
            try await driver.press(.tab, .enter)
            try await driver.app.waitUntil { $0.state.users.row(id: user.id)?.status == "suspending…" && $0.isIdle }
            #expect(line(driver, with: user.name, and: "suspending…") != nil, "\(driver.screen)")
            let pending = try await driver.client.acs.users.get(.acsUserId(user.id))
            #expect(pending.pendingMutations.map(\.mutationCode) == [.updatingSuspensionState], "Seam is still applying it")
            try await driver.press(.enter)
            let during = try await detailLines(driver)
            #expect(during.contains("Status: suspending… Seam is still applying it to the building"), "\(during)")
            #expect(!during.contains { $0.contains("SUSPENDED") }, "not claimed before it lands: \(during)")

            // Nothing is pressed: the console follows the user until the suspension lands.
            try await driver.app.waitUntil(timeout: .seconds(30)) { $0.state.users.row(id: user.id)?.status == "suspended" && $0.isIdle }
            #expect(driver.state.users.row(id: user.id)?.isSuspended == true)
            #expect(line(driver, with: user.name, and: "suspended") != nil, "\(driver.screen)")
            let lines = try await detailLines(driver)
            #expect(lines.contains("Status: SUSPENDED: cannot open any door") && !lines.contains { $0.contains("suspending…") }, "\(lines)")
            #expect(try await driver.client.acs.users.get(.acsUserId(user.id)).isSuspended == true)
            try await driver.press(.escape)

            // Revoking a key: "deleting…" until Seam has removed it, then the row goes.
            try await driver.press(.character("4"))
            let key = try #require(driver.state.credentials.rows.first { $0.status == .live && $0.phones > 0 })
            try await driver.select(row: key.id, in: .credentials)
            try await driver.press(.character("x"))
            try await driver.waitFor("Revoke credential")
            try await driver.press(.tab, .enter)
            try await driver.app.waitUntil { $0.state.credentials.row(id: key.id)?.status == .deleting && $0.isIdle }
            #expect(line(driver, with: key.owner, and: "deleting…") != nil, "\(driver.screen)")
            let leaving = try await driver.client.acs.credentials.get(acsCredentialId: key.id)
            #expect(leaving.warnings.map(\.warningCode.rawValue).contains("being_deleted"))
            try await driver.app.waitUntil(timeout: .seconds(30)) { $0.state.credentials.row(id: key.id) == nil && $0.isIdle }
            #expect(line(driver, with: key.owner, and: "deleting…") == nil, "\(driver.screen)")
            await #expect(throws: SeamAPIError.self) { try await driver.client.acs.credentials.get(acsCredentialId: key.id) }
        }
    }

    // MARK: 4. The demo seed's problems

    /// One error or warning the API reports, and where the console shows it.
    private struct Reported: Hashable, CustomStringConvertible {
        let pane: ListPane
        let id: String
        let name: String
        let code: String
        let isError: Bool
        var description: String { "\(pane.noun) \(name): \(code)" }
    }

    /// Every problem of the workspace, asked of the API (keys' per-phone copies left out: they
    /// are not rows of their own).
    private func reportedProblems(_ client: SeamClient) async throws -> [Reported] {
        var all: [Reported] = []
        func add(_ pane: ListPane, _ id: String, _ name: String, _ errors: [ResourceError], _ warnings: [ResourceWarning]) {
            all += errors.map { Reported(pane: pane, id: id, name: name, code: $0.errorCode.rawValue, isError: true) }
            all += warnings.map { Reported(pane: pane, id: id, name: name, code: $0.warningCode.rawValue, isError: false) }
        }
        let systems = try await client.acs.systems.list()
        for system in systems { add(.systems, system.acsSystemId, system.name, system.errors, system.warnings) }
        let users = try await client.acs.users.list(AcsUserListParameters(limit: 1000)).items
        for user in users { add(.users, user.acsUserId, user.fullName ?? user.displayName, user.errors, user.warnings) }
        for system in systems where system.isCredentialManager != true {
            for entrance in try await client.acs.entrances.list(AcsEntranceListParameters(acsSystemId: system.acsSystemId)).items {
                add(.entrances, entrance.acsEntranceId, entrance.displayName, entrance.errors, entrance.warnings)
            }
        }
        let names = Dictionary(users.map { ($0.acsUserId, $0.fullName ?? $0.displayName) }, uniquingKeysWith: { a, _ in a })
        for credential in try await client.acs.credentials.list(AcsCredentialListParameters(limit: 1000)).items
        where credential.parentAcsCredentialId == nil {
            add(.credentials, credential.acsCredentialId, credential.acsUserId.flatMap { names[$0] } ?? credential.displayName,
                credential.errors, credential.warnings)
        }
        return all
    }

    @Test func eachProblemOfTheDemoSeedShowsInItsRowItsDetailAndTheProblemsView() async throws {
        try await ConsoleDriver.with(columns: 140, rows: 40) { driver in
            let reported = try await reportedProblems(driver.client)
            // What the seed carries (DemoProblems, DemoSeed): at least these, and each one shown.
            let seeded: Set<String> = ["systems:account_disconnected", "users:failed_to_create_on_acs_system",
                                       "credentials:needs_to_be_reissued", "entrances:entrance_setup_required", "users:latch_resident_user"]
            #expect(seeded.isSubset(of: Set(reported.map { "\($0.pane):\($0.code)" })), "\(reported)")
            #expect(reported.contains { $0.pane == .systems && $0.name == "Birch House" && $0.code == "account_disconnected" })
            #expect(reported.contains { $0.pane == .users && $0.name == "Walter Brennan" && $0.code == "latch_resident_user" })
            #expect(reported.contains { $0.pane == .users && $0.name == "Dana Whitfield" && $0.code == "failed_to_create_on_acs_system" })

            // Every pane loaded (all buildings), so the problems view has every row.
            for pane in ["2", "3", "4", "1"] {
                try await driver.press(.character(Character(pane)))
                try await driver.app.waitUntilIdle()
            }

            for problem in reported {
                let described = ProblemCatalog.describe(code: problem.code, severity: problem.isError ? .error : .warning, message: "")
                // The row: its status in words, an error marked "! ".
                try await driver.select(row: problem.id, in: problem.pane)
                let cell = (problem.isError ? Problem.errorMark : "") + described.words
                #expect(line(driver, with: problem.name, and: cell) != nil, "\(problem): no row shows “\(cell)”\n\(driver.screen)")
                // The detail: the words, Seam's message and what to do.
                try await driver.press(.enter)
                let lines = try await detailLines(driver)
                let level = problem.isError ? "ERROR" : "WARNING"
                #expect(lines.contains { $0.hasPrefix("\(level): \(described.words).") && $0.hasSuffix("(\(problem.code))") }, "\(problem): \(lines)")
                #expect(lines.contains("What to do: \(described.advice)"), "\(problem): \(lines)")
                #expect(driver.screen.contains("\(level): \(described.words)"), "\(problem):\n\(driver.screen)")
                if problem.code == "account_disconnected" {
                    #expect(lines.contains { $0.hasPrefix("Latch login: ") && $0.hasSuffix("DISCONNECTED, reconnect it in Seam") }, "\(lines)")
                }
                try await driver.press(.escape)
                // Enter on a building also works in it: back to all buildings for the next one.
                if problem.pane == .systems { try await driver.press(.character("a")) }
            }

            // The problems view: each of them once, errors first, with what to do.
            try await driver.press(.character("!"))
            let view = try #require(driver.state.modals.problems)
            let shown = view.entries.map { "\($0.target.id):\($0.problem.code)" }
            #expect(shown.sorted() == reported.map { "\($0.id):\($0.code)" }.sorted())
            let severities = view.entries.map(\.problem.severity)
            #expect(severities == severities.sorted(), "most serious first: \(shown)")
            #expect(view.entries.first?.problem.severity == .error)
            let errors = reported.filter(\.isError).count
            #expect(view.summary.hasPrefix("\(errors) error"), "\(view.summary)")
            for entry in view.entries {
                let advice = ProblemCatalog.describe(code: entry.problem.code, severity: entry.problem.severity, message: "").advice
                #expect(entry.problem.advice == advice && !advice.hasPrefix("Seam reports “"), "\(entry.problem.code) has advice of its own")
            }
            #expect(driver.screen.contains("Problems · \(view.summary)"), "\(driver.screen)")
            for entry in view.entries {
                let level = entry.problem.severity == .error ? "ERROR  " : "WARNING"
                let kind = entry.kind.padding(toLength: 8, withPad: " ", startingAt: 0)
                #expect(driver.screen.contains("\(level) \(kind) \(entry.name): \(entry.problem.words)"), "\(entry.problem.code):\n\(driver.screen)")
            }
            #expect(driver.screen.contains("Birch House: login disconnected"), "\(driver.screen)")
            #expect(driver.screen.contains("The building's Latch login is disconnected: reconnect it in Seam."), "\(driver.screen)")
            // `:problems` opens the same view.
            try await driver.press(.escape, .character(":"))
            try await driver.type("problems")
            try await driver.press(.enter)
            #expect(driver.state.modals.problems?.entries == view.entries)
        }
    }
}
