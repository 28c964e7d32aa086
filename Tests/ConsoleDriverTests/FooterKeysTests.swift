import ConsoleCore
import ConsoleUI
import Foundation
import SeamAPI
import Testing

/// Every key a footer offers does something on that screen, on every screen a newcomer meets:
/// the panes, the details, the prompts, help, the audit pane, an operation's dialogs and the
/// wizard's steps; and no footer or help line is cut where it could wrap.
@Suite struct FooterKeysTests {
    /// Presses each key of the footer on a copy of the console's state; each must change the state
    /// or ask for work. Returns the screens checked, for the report.
    @discardableResult
    private func checkFooter(_ driver: ConsoleDriver, _ screen: String, sourceLocation: SourceLocation = #_sourceLocation) -> [String] {
        var base = driver.state
        base.welcome = nil
        let footer = base.keys.footer(in: base.keyScopes)
        #expect(!footer.isEmpty, "\(screen): the footer shows keys", sourceLocation: sourceLocation)
        for binding in footer {
            var copy = base
            let effects = copy.reduce(.input(.key(binding.keys[0])), now: Date())
            #expect(copy != base || !effects.isEmpty,
                    "\(screen): \(binding.primaryKeyName) \(binding.footerLabel) does nothing", sourceLocation: sourceLocation)
        }
        let lines = driver.screen.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.last.map { !$0.contains("…") } ?? true, "\(screen): the footer is not cut", sourceLocation: sourceLocation)
        return footer.map { "\($0.primaryKeyName) \($0.footerLabel)" }
    }

    @Test(arguments: [false, true])
    func everyFooterKeyOfThePanesAndTheirDetailsDoesSomething(readOnly: Bool) async throws {
        try await ConsoleDriver.with(columns: 100, rows: 30, readOnly: readOnly, issueDelay: .zero) { driver in
            for pane in ListPane.allCases {
                try await driver.press(.character(Character("\(pane.number)")))
                checkFooter(driver, "\(pane.title) pane")
                try await driver.press(.enter)
                try await driver.app.waitUntil { $0.state.detail?.phase != .loading }
                checkFooter(driver, "\(pane.title) detail")
                try await driver.press(.escape)
            }
            // Scoped to a building (Enter on the first system).
            try await driver.press(.character("1"), .enter, .escape)
            #expect(driver.state.scope != nil)
            checkFooter(driver, "a building's lists")
            // A credential with a PIN shows `p`.
            try await driver.press(.character("4"))
            let pinRow = try #require(driver.state.credentials.rows.firstIndex { $0.method == "PIN" })
            try await driver.press(.home)
            for _ in 0..<pinRow { driver.app.send(.key(.down)) }
            try await driver.press(.enter)
            try await driver.app.waitUntil { $0.state.detail?.phase != .loading }
            #expect(driver.state.detail?.showsPIN == true)
            #expect(checkFooter(driver, "a PIN's detail").contains("p PIN"))
            try await driver.press(.escape)
            for (key, screen) in [(Key.character("/"), "the filter prompt"), (.character(":"), "the command bar"), (.character("?"), "help"),
                                  (.character("A"), "the audit pane")] {
                try await driver.press(key)
                checkFooter(driver, screen)
                if key == .character("?") {
                    let boxed = driver.screen.split(separator: "\n").filter { $0.contains("┃") }
                    #expect(!boxed.contains { $0.contains("…") }, "help wraps instead of cutting")
                }
                try await driver.press(.escape)
            }
            #expect(driver.state.modals.top == nil)
        }
    }

    @Test func everyFooterKeyOfTheDialogsAndTheWizardDoesSomething() async throws {
        try await ConsoleDriver.with(columns: 100, rows: 30, issueDelay: .zero) { driver in
            try await driver.press(.character("4"))
            try await driver.press(.character("x"))
            checkFooter(driver, "the revoke dialog")
            try await driver.press(.escape, .character("e"))
            checkFooter(driver, "the end-date field")
            try await driver.press(.escape)

            try await driver.press(.character("i"))
            checkFooter(driver, "the wizard's building step")
            try await driver.press(.enter)
            try await driver.waitFor("Step 1/7")
            checkFooter(driver, "the wizard's resident step")
            try await driver.type("footer.keys@example.com")
            try await driver.press(.tab)
            try await driver.type("Footer Keys")
            try await driver.press(.enter)
            try await driver.waitFor("Step 5/7")
            try await driver.app.waitUntil { $0.state.wizard?.entrances != nil }
            checkFooter(driver, "the wizard's entrances")
            try await driver.press(.character("/"))
            checkFooter(driver, "the wizard's entrance filter")
            try await driver.press(.escape, .tab)
            checkFooter(driver, "the wizard's dates")
            try await driver.press(.backTab, .character(" "), .enter)
            try await driver.waitFor("Step 6/7")
            checkFooter(driver, "the wizard's review")
            try await driver.press(.escape)
            try await driver.waitFor("Leave the wizard?")
            checkFooter(driver, "leaving the wizard")
        }
    }

    @Test func everyFooterKeyOfTheFrontDeskFlowsDoesSomething() async throws {
        try await ConsoleDriver.with(columns: 100, rows: 30, issueDelay: .zero) { driver in
            try await driver.press(.character("1"), .enter, .escape) // Maple Court
            try await driver.press(.character("!"))
            checkFooter(driver, "the problems view")
            try await driver.press(.escape)

            try await driver.press(.character("g"))
            try await driver.waitFor("Guest PIN · who")
            checkFooter(driver, "the guest PIN's person")
            try await driver.type("Footer Guest")
            try await driver.press(.enter)
            try await driver.waitFor("+ New guest “Footer Guest”")
            checkFooter(driver, "the guest PIN's matches")
            try await driver.press(contentsOf: Array(repeating: .down, count: driver.state.guest?.matches?.count ?? 0))
            try await driver.press(.enter)
            try await driver.waitFor("Guest PIN · which entrance")
            checkFooter(driver, "the guest PIN's entrances")
            try await driver.press(.character(" "), .enter)
            try await driver.waitFor("Guest PIN · when")
            checkFooter(driver, "the guest PIN's times")
            try await driver.press(.escape)
            try await driver.app.waitUntil { $0.state.guest == nil || $0.state.modals.top?.kind != .guest }
            if driver.state.guest != nil { try await driver.press(.escape) }

            try await driver.press(.character("2"), .character("O"))
            try await driver.app.waitUntil(timeout: .seconds(30)) { $0.state.moveOut != nil && $0.isIdle }
            checkFooter(driver, "the move-out summary")
        }
    }
}
