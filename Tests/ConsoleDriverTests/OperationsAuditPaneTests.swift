import ConsoleCore
import ConsoleServices
import ConsoleUI
import Foundation
import SeamAPI
import SeamSandbox
import Testing

/// The `:audit` pane: a read-only view of the audit log with a filter, through the real console.
@Suite struct OperationsAuditPaneTests {
    @Test func theAuditPaneListsChangesAndFilters() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("keydesk-ops-\(UUID().uuidString)").path
        let log = try AuditLog(path: directory + "/audit.sqlite")
        try await ConsoleDriver.with(auditLog: log) { driver in
            try await driver.press(.character("2"))
            let user = try #require(driver.state.users.selectedRow)
            try await driver.press(.character("u"), .tab, .enter)
            try await driver.app.waitUntil { $0.state.operation == nil && $0.isIdle }

            try await driver.press(.character(":"))
            try await driver.type("audit")
            try await driver.press(.enter)
            try await driver.waitFor("Audit log (read-only)")
            try await driver.waitFor("acs_user.suspend")
            #expect(driver.screen.contains("desk-test"))
            #expect(driver.screen.contains(String(user.id.prefix(20))))

            try await driver.type("revoke")
            try await driver.waitFor("No entries match.")
            try await driver.press(.control("u"))
            try await driver.waitFor("acs_user.suspend")
            try await driver.press(.escape)
            #expect(driver.state.auditPane == nil)
            #expect(try await log.count() == 2, "the pane never writes: the suspend's attempt and outcome only")
        }
    }

    @Test func theAuditPaneSaysWhenTheSessionHasNoLog() async throws {
        try await ConsoleDriver.with(readOnly: true) { driver in
            try await driver.press(.character("A"))
            try await driver.waitFor("no audit log")
        }
    }
}
