import ConsoleCore
import Foundation
import SeamAPI
import Testing

/// The operation flow in the reducer alone: confirm first, Cancel by default, the end field's
/// validation, and how answers update the panes.
@Suite struct OperationReducerTests {
    private let zone = BuildingTime(identifier: "America/New_York")

    private func credential(_ id: String, _ name: String, startsAt: Date? = nil, endsAt: Date? = nil) -> CredentialRow {
        CredentialRow(AcsCredential(acsCredentialId: id, acsSystemId: "s1", workspaceId: "ws", createdAt: Fixtures.now,
                                    displayName: name, accessMethod: .mobileKey, startsAt: startsAt, endsAt: endsAt),
                      time: zone, now: Fixtures.now)
    }

    private func stateWithUsers(readOnly: Bool = false) -> ConsoleState {
        var state = ConsoleState(connection: ConnectionInfo(label: "TEST", isSandbox: true, readOnly: readOnly))
        _ = state.reduce(.pageLoaded(.users([Fixtures.user("u1", "Ada Lovelace"), Fixtures.user("u2", "Bo Chen", suspended: true)]),
                                     request: Fixtures.request(state, .users), nextCursor: nil))
        _ = state.press(.character("2"))
        return state
    }

    private func stateWithCredentials() -> ConsoleState {
        var state = ConsoleState(connection: ConnectionInfo(label: "TEST", isSandbox: true))
        let start = Fixtures.now - 86_400
        _ = state.reduce(.pageLoaded(.credentials([credential("c1", "Apt 4B front", startsAt: start, endsAt: Fixtures.now + 86_400)]),
                                     request: Fixtures.request(state, .credentials), nextCursor: nil))
        _ = state.press(.character("4"))
        return state
    }

    @Test func confirmStartsOnCancelAndEnterThereChangesNothing() {
        var state = stateWithUsers()
        #expect(state.press(.character("u")).isEmpty)
        guard case .confirming(.suspendUser(let user), .cancel) = state.operation else {
            Issue.record("expected a suspend dialog on Cancel, got \(String(describing: state.operation))")
            return
        }
        #expect(user.name == "Ada Lovelace")
        #expect(state.press(.enter).isEmpty)
        #expect(state.operation == nil)
    }

    @Test func confirmingSendsTheOperationAndKeysWaitForTheAnswer() {
        var state = stateWithUsers()
        _ = state.press(.character("u"))
        _ = state.press(.tab)
        let effects = state.press(.enter)
        let expected = ConsoleOperation.suspendUser(UserTarget(id: "u1", name: "Ada Lovelace", email: "ada.lovelace@example.com"))
        #expect(effects.calls == [.operation(.perform(expected))])
        #expect(state.operation == .running(expected))
        #expect(state.press(.character("q")).isEmpty)
        #expect(!state.shouldQuit, "keys do not reach the lists while the change runs")
    }

    @Test func aSuspendedUserIsOfferedUnsuspend() {
        var state = stateWithUsers()
        _ = state.press(.down)
        _ = state.press(.character("u"))
        guard case .confirming(.unsuspendUser(let user), _) = state.operation else {
            Issue.record("expected unsuspend, got \(String(describing: state.operation))")
            return
        }
        #expect(user.id == "u2")
    }

    @Test func theSummarySaysWhatChangesWithNames() {
        let user = UserTarget(id: "u1", name: "Ada Lovelace", email: "ada@example.com")
        let key = CredentialTarget(id: "c1", name: "Apt 4B front", method: "mobile key")
        let delete = ConsoleOperation.deleteUser(user, credentials: [key])
        #expect(delete.summary.contains("Ada Lovelace"))
        #expect(delete.summary.contains("“Apt 4B front”"))
        #expect(delete.resourceIDs == ["u1", "c1"])
        #expect(ConsoleOperation.revokeCredential(key).summary.contains("the mobile key “Apt 4B front” (c1)"))
    }

    @Test func theEndFieldKeepsWhatWasTypedAndSaysWhatIsWrong() {
        var state = stateWithCredentials()
        _ = state.press(.character("e"))
        guard case .editingEnd(let entry) = state.operation else {
            Issue.record("no end field")
            return
        }
        #expect(entry.draft.text == zone.format(Fixtures.now + 86_400), "the field starts with the current end")
        _ = state.press(.control("u"))
        _ = state.type("2020-01-01 10:00")
        _ = state.press(.enter)
        guard case .editingEnd(let refused) = state.operation else {
            Issue.record("the field closed on a past date")
            return
        }
        #expect(refused.draft.text == "2020-01-01 10:00")
        #expect(refused.error?.contains("after the start") == true)

        _ = state.press(.control("u"))
        _ = state.type("tomorrow")
        _ = state.press(.enter)
        if case .editingEnd(let bad) = state.operation { #expect(bad.error?.contains("YYYY-MM-DD HH:MM") == true) }

        _ = state.press(.control("u"))
        _ = state.type("2030-03-01 09:15")
        _ = state.press(.enter)
        guard case let .confirming(.changeCredentialEnd(_, endsAt, time), .cancel) = state.operation else {
            Issue.record("no confirm after a good date: \(String(describing: state.operation))")
            return
        }
        #expect(time == zone)
        #expect(zone.format(endsAt) == "2030-03-01 09:15")
    }

    @Test func anEndInThePastButAfterTheStartIsRefusedToo() {
        let entry = EndDateEntry(credential: CredentialTarget(id: "c", name: "n", method: "PIN", startsAt: Fixtures.now - 10 * 86_400), time: zone)
        var typed = entry
        typed.draft = TextDraft(zone.format(Fixtures.now - 86_400))
        #expect(typed.validated(now: Fixtures.now) == .failure(EndDateProblem("The end must be in the future (now is \(zone.format(Fixtures.now))).")))
    }

    @Test func successRemovesOrUpdatesRowsWithoutARefresh() throws {
        var state = stateWithCredentials()
        let target = CredentialTarget(try #require(state.credentials.selectedRow))
        _ = state.press(.character("x"))
        _ = state.press(.tab)
        _ = state.press(.enter)
        let effects = state.reduce(.operation(.finished(.revokeCredential(target), .succeeded(user: nil, credential: nil))))
        #expect(effects.calls.isEmpty, "no refresh")
        #expect(state.operation == nil)
        #expect(state.credentials.count == 0)
        #expect(state.flash?.message == "Revoked Apt 4B front.")

        var users = stateWithUsers()
        let ada = UserTarget(id: "u1", name: "Ada Lovelace")
        _ = users.reduce(.operation(.finished(.suspendUser(ada), .succeeded(user: Fixtures.user("u1", "Ada Lovelace", suspended: true), credential: nil))))
        #expect(users.users.rows.first { $0.id == "u1" }?.isSuspended == true)
    }

    @Test func aResourceAlreadyGoneSaysSoAndReloadsThePane() throws {
        var state = stateWithCredentials()
        let target = CredentialTarget(try #require(state.credentials.selectedRow))
        let effects = state.reduce(.operation(.finished(.revokeCredential(target), .failed(ConsoleFailure(.notFound, "Not found.")))))
        #expect(state.flash?.message.contains("no longer exists") == true)
        guard case .loadPage(let request)? = effects.calls.first else {
            Issue.record("no reload: \(effects)")
            return
        }
        #expect(request.pane == .credentials)
    }

    @Test func readOnlyRefusesEveryOperationKeyAndHasTheRefusalAudited() {
        var users = stateWithUsers(readOnly: true)
        let selected = users.users.selectedID
        for (key, command) in [("u", "suspend"), ("U", "unlink"), ("D", "delete")] {
            // The only call is the refusal's audit row: nothing that changes data.
            let calls = users.press(.character(Character(key))).calls
            #expect(calls == [.recordRefusal(RefusedChange(action: "console." + command, resourceIDs: selected.map { [$0] } ?? [],
                                                           reason: "this console is read-only"))], "key \(key): \(calls)")
            #expect(users.operation == nil)
            #expect(users.flash?.message.hasPrefix("Read-only mode") == true)
        }
        let footer = users.keys.footer(in: users.keyScopes).map(\.command)
        #expect(!footer.contains(.operation(.toggleSuspend)))
        #expect(!users.keys.active(in: users.keyScopes).contains { $0.mutates })
    }
}

/// Fail closed: a change refused because the audit log cannot be written shows a banner and is
/// looked at again until the log answers; then changes are allowed without a restart.
@Suite struct AuditAvailabilityReducerTests {
    @Test func aRefusedChangeShowsTheBannerAndTheLogIsLookedAtUntilItAnswers() {
        var state = ConsoleState(connection: ConnectionInfo(label: "SANDBOX", isSandbox: true))
        _ = state.reduce(.start)
        let target = CredentialTarget(id: "c1", name: "Apt 4B", method: "mobile key")
        let refused = ConsoleFailure(.auditUnavailable, "credential.revoke was not done: cannot reach PostgreSQL. Nothing was sent to Seam.")
        let effects = state.reduce(.operation(.finished(.revokeCredential(target), .failed(refused))))
        #expect(state.auditBanner?.contains("cannot reach PostgreSQL") == true)
        #expect(effects.contains(.after(ConsoleState.auditProbeInterval, .probeAudit, id: .auditProbe)))
        #expect(state.reduce(.timer(.probeAudit)).calls == [.probeAudit])
        #expect(state.reduce(.auditProbed(available: false)).contains(.after(ConsoleState.auditProbeInterval, .probeAudit, id: .auditProbe)),
                "still down: look again later")
        #expect(state.auditBanner != nil)
        _ = state.reduce(.auditProbed(available: true))
        #expect(state.auditBanner == nil)
        #expect(state.flash?.message == "The audit log answers again: changes are allowed.")
        #expect(state.reduce(.timer(.probeAudit)).isEmpty, "nothing more to look at")
    }
}
