import ConsoleCore
import Foundation
import Synchronization
import Testing
@testable import ConsoleUI

/// The run loop with a manual clock and a scripted "API": effect identity, the filter's pause,
/// finished tasks forgotten, and waiting for timers instead of polling.
@Suite struct RunLoopTests {
    /// Records the calls the console asks for and answers each at once with an empty page.
    final class ScriptedAPI: Sendable {
        private let calls = Mutex<[APICall]>([])

        var asked: [APICall] { calls.withLock { $0 } }

        /// Searches the users pane was asked for, in order.
        var userSearches: [String?] {
            asked.compactMap { call in
                if case .loadPage(let request) = call, request.pane == .users, request.cursor == nil { return request.search }
                return nil
            }
        }

        func perform(_ call: APICall) async -> ConsoleAction? {
            calls.withLock { $0.append(call) }
            if case .loadPage(let request) = call {
                return .pageLoaded(.users([]), request: request, nextCursor: nil)
            }
            return nil
        }
    }

    private func makeApp(_ api: ScriptedAPI, clock: ManualClock) -> ConsoleApp {
        ConsoleApp(state: ConsoleState(connection: ConnectionInfo(label: "SANDBOX", isSandbox: true)),
                   terminal: VirtualTerminal(columns: 80, rows: 24), clock: clock) { await api.perform($0) }
    }

    @Test func typingAFilterAtTwelveKeysASecondAsksTheAPIOnce() async throws {
        let api = ScriptedAPI()
        let clock = ManualClock()
        let app = makeApp(api, clock: clock)
        app.send(.key(.character("2")))
        app.send(.key(.character("/")))
        try await app.waitUntilIdle()
        let before = api.userSearches.count
        for letter in "jane doe" {
            app.send(.key(.character(letter)))
            clock.advance(by: 1.0 / 12)
            try await app.waitUntil { $0.runningEffectCount == 0 }
        }
        #expect(api.userSearches.count == before, "no request while the keys keep coming")
        clock.advance(by: 0.3)
        try await app.waitUntilIdle()
        #expect(Array(api.userSearches.dropFirst(before)) == ["jane doe"], "one request once typing pauses")
    }

    @Test func finishedTasksAreForgotten() async throws {
        let api = ScriptedAPI()
        let app = makeApp(api, clock: ManualClock())
        for _ in 0..<50 {
            app.send(.key(.character("r")))
            try await app.waitUntilIdle()
        }
        #expect(api.asked.count >= 50)
        #expect(app.runningEffectCount == 0, "every finished task is dropped once its answer is applied")
    }

    @Test func aFlashOnScreenDoesNotMakeTheLoopPoll() async throws {
        let api = ScriptedAPI()
        let clock = ManualClock()
        let app = makeApp(api, clock: clock)
        app.send(.key(.character("r")))
        try await app.waitUntilIdle()
        #expect(app.state.flash != nil)
        #expect(app.waitTimeout() == .seconds(1), "nothing in flight: wait for input, at most until the next timer")
        clock.advance(by: Flash.lifetime - 0.2)
        #expect(app.waitTimeout() == .milliseconds(200), "wake up when the flash is due to go")
        clock.advance(by: 0.2)
        app.pump()
        #expect(app.state.flash == nil)
    }

    @Test func aNewerSearchReplacesTheOneInFlight() async throws {
        let clock = ManualClock()
        let started = Mutex(0)
        let app = ConsoleApp(state: ConsoleState(connection: ConnectionInfo(label: "SANDBOX", isSandbox: true)),
                             terminal: VirtualTerminal(columns: 80, rows: 24), clock: clock) { call in
            guard case .loadPage(let request) = call, request.search != nil else { return nil }
            started.withLock { $0 += 1 }
            // A slow search: only cancellation ends it early.
            try? await Task.sleep(for: .seconds(30))
            return Task.isCancelled ? nil : .pageLoaded(.users([]), request: request, nextCursor: nil)
        }
        app.send(.key(.character("2")))
        app.send(.key(.character("/")))
        app.send(.key(.character("a")))
        clock.advance(by: 0.3)
        app.pump()
        app.send(.key(.character("b")))
        clock.advance(by: 0.3)
        app.pump()
        try await app.waitUntil { _ in started.withLock { $0 } == 2 }
        try await app.waitUntil { $0.runningEffectCount == 1 }
        #expect(app.runningEffectCount == 1, "the first search was cancelled when the second started")
    }
}

/// Quitting waits, a bounded time, for changes in flight (their outcome must reach the audit
/// log), and never for reads.
@Suite struct QuitWaitsForChangesTests {
    private let revoke = ConsoleOperation.revokeCredential(CredentialTarget(id: "c1", name: "Apt 4B", method: "mobile key"))

    /// Set once the change answered.
    final class Finished: Sendable {
        private let flag = Mutex(false)
        func set() { flag.withLock { $0 = true } }
        var isSet: Bool { flag.withLock { $0 } }
    }

    private func app(changeTakes change: Duration, finished: Finished) -> ConsoleApp {
        let terminal = VirtualTerminal(columns: 80, rows: 24)
        return ConsoleApp(state: ConsoleState(connection: ConnectionInfo(label: "SANDBOX", isSandbox: true)), terminal: terminal) { call in
            guard call.changesData else {
                try? await Task.sleep(for: .seconds(30)) // a slow read: quitting must not wait for it
                return nil
            }
            try? await Task.sleep(for: change)
            finished.set()
            return nil
        }
    }

    /// Runs the blocking wait on a thread of its own, as the console's loop runs in production:
    /// blocking a thread of the small cooperative pool would starve the calls it waits for.
    private func finishChanges(_ app: ConsoleApp, within limit: Duration) async {
        nonisolated(unsafe) let app = app
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            Thread {
                app.finishChanges(within: limit)
                continuation.resume()
            }.start()
        }
    }

    @Test func quittingWaitsForAChangeInFlight() async throws {
        let finished = Finished()
        let app = app(changeTakes: .milliseconds(300), finished: finished)
        app.send(.start) // reads that take 30 s
        let started = ContinuousClock.now
        // A change in flight, as the confirm dialog starts it, then quit at once.
        app.perform(.call(.operation(.perform(revoke))))
        // A generous limit: under the whole suite the 300 ms change can wait seconds for a thread.
        await finishChanges(app, within: .seconds(20))
        #expect(finished.isSet, "the change answered before the loop gave up")
        #expect(ContinuousClock.now - started < .seconds(25), "and the reads (30 s each) were not waited for")
    }

    /// A read-only console's refusal is two audit rows (attempt, `refused` outcome); quitting
    /// right after the key used to cancel it like a read, losing the outcome row (seen in the
    /// SSH deployment test: an attempt for console.revoke with no outcome).
    @Test func quittingWaitsForARefusalBeingAudited() async throws {
        let recorded = Finished()
        let terminal = VirtualTerminal(columns: 80, rows: 24)
        let app = ConsoleApp(state: ConsoleState(connection: ConnectionInfo(label: "SANDBOX", isSandbox: true, readOnly: true)),
                             terminal: terminal) { call in
            guard case .recordRefusal = call else { return nil }
            try? await Task.sleep(for: .milliseconds(300))
            if !Task.isCancelled { recorded.set() }
            return nil
        }
        app.perform(.call(.recordRefusal(RefusedChange(action: "console.revoke", resourceIDs: ["c1"], reason: "read-only"))))
        await finishChanges(app, within: .seconds(20))
        #expect(recorded.isSet, "the refusal's rows were written before the console ended")
    }

    @Test func quittingGivesUpOnAChangeAfterTheLimit() async throws {
        let finished = Finished()
        let app = app(changeTakes: .seconds(30), finished: finished)
        app.perform(.call(.operation(.perform(revoke))))
        let started = ContinuousClock.now
        await finishChanges(app, within: .milliseconds(300))
        let waited = ContinuousClock.now - started
        #expect(waited >= .milliseconds(300) && waited < .seconds(20), "not the change's 30 s")
        #expect(!finished.isSet)
    }
}
