import ConsoleCore
import ConsoleServices
import ConsoleUI
import Foundation
import KeydeskTestSupport
import SeamAPI
import Testing

/// A guest's PIN through the real console against the sandbox: the API holds a Latch `code`
/// for the chosen entrance and times, the PIN is shown once then masked like every PIN, and it
/// reaches neither the audit log nor a log file.
@Suite struct GuestPINDriverTests {
    @Test func aGuestPINIsIssuedShownOnceThenMaskedAndNeverLogged() async throws {
        let directory = try TemporaryDirectory()
        let auditLog = try AuditLog(path: directory.path + "/audit.sqlite")
        let logs = LogCapture()
        try await ConsoleDriver.with(auditLog: auditLog, activityInterval: nil, logs: logs) { driver in
            let building = try await driver.scope(to: "Maple Court")
            try await driver.press(.character("g"))
            try await driver.waitFor("Guest PIN · who")
            try await driver.type("Bob Plumber")
            try await driver.press(.enter)
            try await driver.waitFor("+ New guest “Bob Plumber”")
            try await driver.press(contentsOf: Array(repeating: .down, count: driver.state.guest?.matches?.count ?? 0))
            try await driver.press(.enter)
            try await driver.waitFor("Guest PIN · which entrance")
            let doors = try #require(driver.state.guest?.entrances)
            let door = try #require(doors.first { $0.name == "Package Room" })
            try await driver.press(contentsOf: Array(repeating: .down, count: try #require(doors.firstIndex(of: door))))
            try await driver.press(.character(" "), .enter)
            try await driver.waitFor("Guest PIN · when")
            try await driver.press(.down, .down, .enter) // tomorrow 8:00–18:00
            try await driver.waitFor("Guest PIN · review")
            let starts = try #require(driver.state.guest?.startsAt), ends = try #require(driver.state.guest?.endsAt)
            try await driver.press(.enter)
            try await driver.waitFor("read it out now", timeout: .seconds(40))

            let pin = try #require(driver.state.guest?.made.pins.first)
            let code = try #require(pin.code)
            #expect(code.count == 7 && code.allSatisfy(\.isNumber), "Latch made 7 digits")
            #expect(driver.screen.contains(code.map(String.init).joined(separator: "   ")), "shown large: digit by digit")

            // The API holds a Latch code credential for the guest, that entrance, those times.
            let credential = try await driver.client.acs.credentials.get(acsCredentialId: pin.credentialID)
            #expect(credential.accessMethod == .code && credential.code == code && credential.isIssued == true)
            #expect(credential.acsSystemId == building)
            #expect(credential.startsAt == starts && credential.endsAt == ends)
            let time = BuildingTime(identifier: "America/New_York")
            #expect(time.format(starts).hasSuffix("08:00") && time.format(ends).hasSuffix("18:00"))
            let opens = try await driver.client.acs.credentials.listAccessibleEntrances(acsCredentialId: pin.credentialID)
            #expect(opens.map(\.acsEntranceId) == [door.id])
            let holder = try await driver.client.acs.users.get(.acsUserId(try #require(credential.acsUserId)))
            #expect(holder.fullName == "Bob Plumber" && holder.acsSystemId == building, "a new guest gets an ACS user in the building")

            // Once closed, the PIN is masked like every PIN; p shows it in the credential's details.
            try await driver.press(.enter)
            #expect(driver.state.guest == nil)
            #expect(!driver.screen.contains(code))
            try await driver.app.waitUntil { $0.state.credentials.row(id: pin.credentialID) != nil && $0.isIdle }
            try await driver.select(row: pin.credentialID, in: .credentials)
            try await driver.press(.enter)
            try await driver.waitFor("(p shows it)")
            #expect(!driver.screen.contains(code))
            try await driver.press(.character("p"))
            #expect(driver.screen.contains(code))

            // The audit log names ids only; no log line holds the PIN.
            let entries = try await auditLog.entries().map(\.entry)
            let outcomes = entries.filter { [.succeeded, .failed].contains($0.outcome) } // not the attempt rows, where the log writes them
            #expect(outcomes.map(\.action).sorted() == ["acs_user.create", "credential.create"])
            #expect(outcomes.allSatisfy { $0.outcome == .succeeded })
            #expect(outcomes.contains { $0.resourceIDs.contains(pin.credentialID) })
            #expect(!entries.map { "\($0)" }.joined().contains(code))
            let logFile = directory.path + "/keydesk.log"
            try logs.write(to: logFile)
            let logged = try String(contentsOfFile: logFile, encoding: .utf8)
            #expect(logged.contains("POST /acs/credentials/create 200"), "the log file holds the requests")
            #expect(!logged.contains(code))
        }
    }

    @Test func readOnlyRefusesTheGuestPIN() async throws {
        try await ConsoleDriver.with(readOnly: true, activityInterval: nil) { driver in
            try await driver.press(.character("g"))
            try await driver.waitFor("Read-only mode")
            #expect(driver.state.guest == nil)
        }
    }
}
