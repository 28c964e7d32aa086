import ConsoleCore
import ConsoleServices
import Foundation
import SeamAPI
import Synchronization
import KeydeskTestSupport
import Testing

/// A sink that refuses appends of some kinds and passes the rest to a real log, to test what
/// the recorder does when the attempt or the outcome cannot be written.
private struct RefusingSink: AuditSink {
    let log: AuditLog
    let refused: Set<AuditKind>

    var location: String { log.location }

    func append(_ entry: AuditEntry) async throws(AuditLogError) -> AuditRecord {
        if refused.contains(entry.kind) { throw AuditLogError(path: location, reason: "disk full") }
        return try await log.append(entry)
    }

    func entries(_ selection: AuditSelection) async throws(AuditLogError) -> [AuditRecord] {
        try await log.entries(selection)
    }

    func storedRows() async throws(AuditLogError) -> [AuditStoredRow] {
        try await log.storedRows()
    }
}

/// Counts calls made through `audited`.
private final class Calls: Sendable {
    private let count = Mutex(0)
    func made() { count.withLock { $0 += 1 } }
    var total: Int { count.withLock { $0 } }
}

@Suite struct AuditedCallTests {
    private func recorder(_ directory: TemporaryDirectory, refusing refused: Set<AuditKind> = []) throws -> AuditRecorder {
        let log = try AuditLog(path: directory.path + "/audit.sqlite")
        let clock = ManualClock(Date(timeIntervalSince1970: 1_800_000_000))
        return AuditRecorder(log: RefusingSink(log: log, refused: refused), context: deskContext, clock: clock)
    }

    /// The rows oldest first.
    private func rows(_ recorder: AuditRecorder) async throws -> [AuditRecord] {
        try await recorder.log.entries().sorted { $0.id < $1.id }
    }

    @Test func aSuccessWritesTheAttemptBeforeTheCallAndTheOutcomeAfterIt() async throws {
        let directory = try TemporaryDirectory()
        let recorder = try recorder(directory)
        let change = await recorder.audited("credential.create", resourceIDs: ["acs_user_1"], detail: "mobile key",
                                            answer: { (id: String) in AuditAnswer(resourceIDs: [id], seamRequestID: "req_7") }) {
            let before = try await recorder.log.entries()
            #expect(before.map(\.entry.kind) == [.attempt], "the attempt is written before the call")
            return "cred_new"
        }
        #expect(try change.get() == "cred_new")
        #expect(change.auditProblem == nil)
        let rows = try await rows(recorder)
        #expect(rows.map(\.entry.kind) == [.attempt, .outcome])
        #expect(rows[0].entry.detail == "mobile key")
        #expect(rows[0].entry.outcome == nil)
        #expect(rows[1].entry.attemptID == rows[0].id)
        #expect(rows[1].entry.attemptID == change.attempt?.id)
        #expect(rows[1].entry.outcome == .succeeded)
        #expect(rows[1].entry.resourceIDs == ["acs_user_1", "cred_new"])
        #expect(rows[1].entry.seamRequestID == "req_7")
        #expect(rows.allSatisfy { $0.entry.host == "desk-1" && $0.entry.osUser == "alice" && $0.entry.action == "credential.create" })
        #expect(try await recorder.log.verify().isIntact)
    }

    @Test func aFailureWritesTheErrorAndTheSeamRequestIDAndHandsTheErrorBack() async throws {
        let directory = try TemporaryDirectory()
        let recorder = try recorder(directory)
        let apiError = SeamAPIError(kind: .notFound, type: "acs_user_not_found", message: "acs_user not found",
                                    status: 404, requestId: "req_404", endpoint: "/acs/users/suspend")
        let change = await recorder.audited("acs_user.suspend", resourceIDs: ["acs_user_9"]) { () async throws -> Void in
            throw apiError
        }
        #expect(throws: SeamAPIError.self) { try change.get() }
        #expect(!change.wasRefused)
        let outcome = try #require(try await rows(recorder).last?.entry)
        #expect(outcome.outcome == .failed)
        #expect(outcome.seamRequestID == "req_404")
        #expect(outcome.errorMessage == apiError.description)
    }

    @Test func whenTheAttemptCannotBeWrittenTheChangeIsRefusedAndNeverCalled() async throws {
        let directory = try TemporaryDirectory()
        let recorder = try recorder(directory, refusing: [.attempt])
        let calls = Calls()
        let change = await recorder.audited("credential.revoke", resourceIDs: ["cred_1"]) { calls.made() }
        #expect(calls.total == 0)
        #expect(change.wasRefused)
        let refusal = try #require(throws: AuditRefusal.self) { try change.get() }
        #expect(refusal.description.contains("credential.revoke was not done"))
        #expect(refusal.description.contains("disk full"))
        #expect(refusal.description.contains("Nothing was sent to Seam"))
        #expect(try await recorder.log.entries().isEmpty)
    }

    @Test func anOutcomeThatCannotBeWrittenIsReportedAndTheAnswerStillStands() async throws {
        let directory = try TemporaryDirectory()
        let recorder = try recorder(directory, refusing: [.outcome])
        let change = await recorder.audited("credential.revoke", resourceIDs: ["cred_1"]) { 42 }
        #expect(try change.get() == 42)
        #expect(change.auditProblem?.reason == "disk full")
    }

    @Test func aCancelledCallGetsAnUnfinishedOutcomeEvenThoughItsTaskIsCancelled() async throws {
        let directory = try TemporaryDirectory()
        let recorder = try recorder(directory)
        let task = Task {
            await recorder.audited("credential.revoke", resourceIDs: ["cred_1"]) {
                try await Task.sleep(for: .seconds(60))
            }
        }
        while try await recorder.log.entries().isEmpty { try await Task.sleep(for: .milliseconds(5)) }
        task.cancel()
        let change = await task.value
        #expect(throws: CancellationError.self) { try change.get() }
        #expect(change.auditProblem == nil)
        let outcome = try #require(try await rows(recorder).last?.entry)
        #expect(outcome.kind == .outcome)
        #expect(outcome.outcome == .unfinished)
        #expect(outcome.errorMessage?.contains("may or may not have been made") == true)
    }

    @Test func attemptsLeftOpenWhenTheSessionEndsGetUnfinishedOutcomes() async throws {
        let directory = try TemporaryDirectory()
        let recorder = try recorder(directory)
        let answered = try await recorder.recordAttempt("acs_user.create", resourceIDs: ["acs_system_1"])
        #expect(await recorder.recordSuccess(of: answered, AuditAnswer(resourceIDs: ["acs_user_2"])) == nil)
        let open = try await recorder.recordAttempt("credential.create", resourceIDs: ["acs_user_2"])
        #expect(await recorder.finishOpenAttempts().isEmpty)
        #expect(await recorder.finishOpenAttempts().isEmpty, "each attempt is finished once")
        let rows = try await rows(recorder)
        #expect(rows.map(\.entry.kind) == [.attempt, .outcome, .attempt, .outcome])
        #expect(rows[3].entry.attemptID == open.id)
        #expect(rows[3].entry.outcome == .unfinished)
        #expect(rows[1].entry.resourceIDs == ["acs_system_1", "acs_user_2"])
    }
}
