import ConsoleCore
import Foundation
import KeydeskTestSupport
import SeamAPI
import Testing

/// The move-out's reducer: everything the resident holds as one list, Cancel focused, then one
/// audited call per item, in order, a failure not stopping the others, and a run again that
/// gathers afresh.
@Suite struct MoveOutReducerTests {
    private let person = MoveOutPerson(name: "Jane Doe", email: "jane@example.com", identityID: "id1", acsUserID: nil)

    private let plan = sampleMoveOutPlan(buildings: "s1", "s2")

    /// A console on the Users pane with Jane selected and the move-out asked (`O`).
    private func started() -> (ConsoleState, [ConsoleEffect]) {
        var state = ConsoleState(connection: ConnectionInfo(label: "SANDBOX", isSandbox: true), activityInterval: nil)
        _ = state.reduce(.start)
        _ = state.reduce(.pageLoaded(.systems([Fixtures.system("s1", "Maple Court"), Fixtures.system("s2", "Harbor View")]),
                                     request: Fixtures.request(state, .systems), nextCursor: nil))
        _ = state.press(.character("2"))
        _ = state.reduce(.pageLoaded(.users([Fixtures.user("u1", "Jane Doe")]), request: Fixtures.request(state, .users), nextCursor: nil))
        let effects = state.press(.character("O"))
        return (state, effects)
    }

    private func moveOutEffects(_ effects: [ConsoleEffect]) -> [MoveOutEffect] {
        effects.calls.compactMap { if case .moveOut(let effect) = $0 { effect } else { nil } }
    }

    @Test func theSelectedUserIsGatheredAndShownAsOneListWithCancelFocused() throws {
        var (state, effects) = started()
        let serial = try #require(state.moveOut?.serial)
        let asked = MoveOutPerson(name: "Jane Doe", email: "jane.doe@example.com", identityID: nil, acsUserID: "u1")
        #expect(moveOutEffects(effects) == [.gather(serial: serial, asked)], "a user without identity: just that user")
        _ = state.reduce(.moveOut(.gathered(serial: serial, plan)))
        #expect(plan.holdings == "3 keys and 1 PIN in 2 buildings")
        #expect(state.moveOut?.focus == .cancel)
        #expect(state.moveOut?.choices == MoveOutChoices(), "revoking every credential is the default")
        #expect(state.moveOut?.choices.summary(for: plan) == "Revoke 3 keys and 1 PIN")
        _ = state.press(.down)
        _ = state.press(.character(" "))
        _ = state.press(.down)
        _ = state.press(.character(" "))
        #expect(state.moveOut?.choices.summary(for: plan) == "Revoke 3 keys and 1 PIN, delete 2 ACS users and delete the user identity")
        #expect(moveOutEffects(state.press(.enter)).isEmpty, "Enter on Cancel changes nothing")
        #expect(state.moveOut == nil)
    }

    @Test func theJobRunsOneAuditedItemAtATimeAndGoesOnAfterAFailure() throws {
        var (state, _) = started()
        let serial = try #require(state.moveOut?.serial)
        _ = state.reduce(.moveOut(.gathered(serial: serial, plan)))
        _ = state.press(.down)
        _ = state.press(.character(" ")) // also delete the ACS users
        _ = state.press(.tab)
        var asked = moveOutEffects(state.press(.enter))
        var order: [String] = []
        let outcomes: [String: MoveOutOutcome] = ["c2": .failed("Service unavailable."), "c3": .alreadyGone]
        while let effect = asked.first, case let .remove(_, item) = effect {
            order.append(item.id)
            #expect(asked.count == 1, "one item at a time")
            asked = moveOutEffects(state.reduce(.moveOut(.removed(serial: serial, item, outcomes[item.id] ?? .done))))
        }
        #expect(order == ["c1", "c2", "c3", "c4", "u1", "u2"], "credentials first, then the users; a failure does not stop the others")
        let moveOut = try #require(state.moveOut)
        guard case .finished = moveOut.phase else { Issue.record("not finished: \(moveOut.phase)"); return }
        #expect(moveOut.tally == (4, 1, 1))
        #expect(state.users.row(id: "u1") == nil, "removed from the panes as it went")
        #expect(moveOutEffects(state.press(.character("r"))) == [.gather(serial: serial, plan.person)], "run again gathers afresh")
    }

    @Test func stopWaitsForTheItemThatRuns() throws {
        var (state, _) = started()
        let serial = try #require(state.moveOut?.serial)
        _ = state.reduce(.moveOut(.gathered(serial: serial, plan)))
        _ = state.press(.tab)
        _ = state.press(.enter)
        _ = state.press(.escape)
        let item = MoveOutItem.revoke(plan.credentials[0])
        #expect(moveOutEffects(state.reduce(.moveOut(.removed(serial: serial, item, .done)))).isEmpty)
        #expect(state.moveOut?.results.filter { $0.outcome == nil }.count == 3)
    }

    @Test func colonMoveoutFindsThePersonByName() throws {
        var state = ConsoleState(connection: ConnectionInfo(label: "SANDBOX", isSandbox: true), activityInterval: nil)
        _ = state.reduce(.start)
        _ = state.type(":moveout Jane Doe")
        let effects = state.press(.enter)
        let serial = try #require(state.moveOut?.serial)
        #expect(moveOutEffects(effects) == [.find(serial: serial, text: "Jane Doe")])
        let other = MoveOutPerson(name: "Jane Dolittle", identityID: nil, acsUserID: "u7")
        _ = state.reduce(.moveOut(.found(serial: serial, [other, person], search: "Jane Doe")))
        _ = state.press(.down)
        #expect(moveOutEffects(state.press(.enter)) == [.gather(serial: serial, person)])
        _ = state.reduce(.moveOut(.failed(serial: serial, "Service unavailable.")))
        #expect(moveOutEffects(state.press(.enter)) == [.gather(serial: serial, person)], "Enter asks again")
    }

    @Test func nobodyFoundClosesAndSaysSo() throws {
        var state = ConsoleState(connection: ConnectionInfo(label: "SANDBOX", isSandbox: true), activityInterval: nil)
        _ = state.type(":moveout Nobody")
        _ = state.press(.enter)
        let serial = try #require(state.moveOut?.serial)
        _ = state.reduce(.moveOut(.found(serial: serial, [], search: "Nobody")))
        #expect(state.moveOut == nil)
        #expect(state.flash?.message.contains("Nobody matches “Nobody”") == true)
    }

    @Test func readOnlyRefusesMoveOutByKeyAndByCommand() {
        var state = ConsoleState(connection: ConnectionInfo(label: "SANDBOX", isSandbox: true, readOnly: true), activityInterval: nil)
        _ = state.type(":moveout Jane")
        _ = state.press(.enter)
        #expect(state.moveOut == nil)
        #expect(state.flash?.message.contains("Read-only") == true)
    }

    @Test func aCommandThatTakesNoArgumentSaysSo() {
        var state = ConsoleState(connection: ConnectionInfo(label: "SANDBOX", isSandbox: true), activityInterval: nil)
        _ = state.type(":users jane")
        _ = state.press(.enter)
        #expect(state.flash?.message == ":users takes nothing after it; type :users alone.")
    }
}
