import Foundation
import SeamAPI
import SeamSandbox
import Testing

/// The wait helper's outcomes. The sandbox (Latch: no remote unlock) produces no action attempts,
/// so resolved attempts are waited on as values and the polling path is driven to its errors.
@Suite struct ActionAttemptIntegrationTests {
    @Test func aResolvedAttemptReturnsAtOnceWithoutPolling() async throws {
        try await SandboxHarness.withSandbox { (harness: SandboxHarness) async throws in
            let done = ActionAttempt(actionAttemptId: "aa-1", actionType: .unlockDoor, status: .success, result: .object([:]))
            #expect(try await harness.client.actionAttempts.wait(for: done) == done)
            #expect(harness.sleeper.recorded.isEmpty)
        }
    }

    @Test func aFailedAttemptThrowsItsErrorType() async throws {
        try await SandboxHarness.withSandbox { (harness: SandboxHarness) async throws in
            let failed = ActionAttempt(actionAttemptId: "aa-2", actionType: .unlockDoor, status: .error,
                                       error: .init(type: "uncategorized_error", message: "Door jammed"))
            await #expect {
                _ = try await harness.client.actionAttempts.wait(for: failed)
            } throws: {
                let error = $0 as? SeamAPIError
                return error?.kind == .actionAttemptFailed && error?.type == "uncategorized_error"
            }
        }
    }

    @Test func aPendingAttemptIsPolledEveryHalfSecond() async throws {
        try await SandboxHarness.withSandbox { (harness: SandboxHarness) async throws in
            let pending = ActionAttempt(
                actionAttemptId: "00000000-0000-4000-8000-00000000aaaa", actionType: .unlockDoor, status: .pending)
            // The sandbox does not know this attempt, so the first poll answers 404.
            await #expect { _ = try await harness.client.actionAttempts.wait(for: pending) } throws: {
                ($0 as? SeamAPIError)?.kind == .notFound
            }
            #expect(harness.sleeper.recorded == [.milliseconds(500)])
        }
    }

    @Test func aPendingAttemptTimesOutAfterTheWait() async throws {
        try await SandboxHarness.withSandbox { (harness: SandboxHarness) async throws in
            let pending = ActionAttempt(actionAttemptId: "aa-3", actionType: .unlockDoor, status: .pending)
            await #expect {
                _ = try await harness.client.actionAttempts.wait(for: pending, timeout: .zero)
            } throws: { ($0 as? SeamAPIError)?.kind == .actionAttemptTimeout }
        }
    }
}
