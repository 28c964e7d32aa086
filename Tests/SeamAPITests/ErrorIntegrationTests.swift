import Foundation
import SeamAPI
import SeamSandbox
import Testing

/// How real sandbox failures reach callers: statuses, validation errors, retries, timeouts.
@Suite struct ErrorIntegrationTests {
    @Test func invalidInputCarriesValidationErrors() async throws {
        try await SandboxHarness.withSandbox { harness in
            let client = harness.client
            let building = try #require(try await client.acs.systems.list().first { !$0.isCredentialManager })
            let user = try await client.acs.users.create(AcsUserCreateParameters(acsSystemId: building.acsSystemId, fullName: "Lee"))
            let entrance = try #require(try await client.acs.entrances.list(
                AcsEntranceListParameters(acsSystemId: building.acsSystemId, limit: 1)).items.first)
            do {
                _ = try await client.acs.credentials.create(AcsCredentialCreateParameters(
                    owner: .acsUserId(user.acsUserId), accessMethod: .mobileKey,
                    allowedAcsEntranceIds: [entrance.acsEntranceId], startsAt: .daysFromNow(-3), endsAt: .daysFromNow(-2)))
                Issue.record("a credential ending in the past was accepted")
            } catch let error as SeamAPIError {
                #expect(error.status == 400)
                #expect(error.kind == .invalidInput)
                #expect(!error.validationMessages(for: "ends_at").isEmpty)
                #expect(error.requestId != nil)
                #expect(error.endpoint == "/acs/credentials/create")
                #expect(error.description.contains("ends_at"))
            }
        }
    }

    @Test func unauthorizedSaysWhereTheKeyCameFrom() async throws {
        try await SandboxHarness.withSandbox(configure: { configuration in
            configuration = try! SeamConfiguration(
                apiKey: "seam_wrong_key_zz", endpoint: configuration.endpoint, source: .environment("SEAM_API_KEY"))
        }) { harness in
            do {
                _ = try await harness.client.workspaces.get()
                Issue.record("a wrong key was accepted")
            } catch let error as SeamAPIError {
                #expect(error.kind == .unauthorized)
                #expect(error.status == 401)
                #expect(error.description.contains("SEAM_API_KEY environment variable"))
                #expect(!error.description.contains("seam_wrong_key_zz"))
                #expect(!error.message.contains("seam_wrong_key_zz"))
            }
        }
    }

    @Test func notFoundNamesTheMissingThing() async throws {
        try await SandboxHarness.withSandbox { harness in
            let missing = "00000000-0000-4000-8000-000000000000"
            do {
                _ = try await harness.client.acs.users.get(.acsUserId(missing))
                Issue.record("an unknown user was found")
            } catch let error as SeamAPIError {
                #expect(error.kind == .notFound)
                #expect(error.type == "acs_user_not_found")
                #expect(error.description.hasPrefix("The ACS user \(missing) was not found"))
            }
            await #expect { _ = try await harness.client.actionAttempts.get(actionAttemptId: missing) } throws: {
                ($0 as? SeamAPIError)?.kind == .notFound
            }
        }
    }

    @Test func rateLimitIsRetriedHonouringRetryAfter() async throws {
        try await SandboxHarness.withSandbox(SandboxOptions(issueDelay: .zero, faults: SandboxFaults(rateLimitPerMinute: 1))) { harness in
            _ = try await harness.client.workspaces.get()
            do {
                _ = try await harness.client.workspaces.get()
                Issue.record("the second request in a minute was not rate limited")
            } catch let error as SeamAPIError {
                #expect(error.kind == .rateLimited)
                #expect(error.status == 429)
            }
            let waits = harness.sleeper.recorded
            #expect(waits.count == 2)
            // Retry-After is whole seconds until the window frees up: between 1 s and 60 s.
            #expect(waits.allSatisfy { $0 >= .seconds(1) && $0 <= .seconds(60) })
        }
    }

    @Test func unavailableReadsAreRetriedAndCreatesAreNot() async throws {
        try await SandboxHarness.withSandbox(SandboxOptions(issueDelay: .zero, faults: SandboxFaults(failRate: 1.0))) { harness in
            await #expect { _ = try await harness.client.acs.systems.list() } throws: {
                ($0 as? SeamAPIError)?.status == 503
            }
            let readWaits = harness.sleeper.recorded
            #expect(readWaits.count == 2)
            #expect(readWaits[0] >= .milliseconds(100) && readWaits[0] <= .milliseconds(140))
            #expect(readWaits[1] >= .milliseconds(200) && readWaits[1] <= .milliseconds(280))

            await #expect {
                _ = try await harness.client.userIdentities.create(UserIdentityCreateParameters(fullName: "No Retry"))
            } throws: { ($0 as? SeamAPIError)?.status == 503 }
            #expect(harness.sleeper.recorded.count == 2)
        }
    }

    @Test func aSlowServerTimesOut() async throws {
        try await SandboxHarness.withSandbox(
            SandboxOptions(issueDelay: .zero, faults: SandboxFaults(latency: .seconds(10))),
            configure: { $0.timeout = .milliseconds(200); $0.retryPolicy = .none }
        ) { harness in
            let started = ContinuousClock.now
            do {
                _ = try await harness.client.acs.credentials.list()
                Issue.record("a 10 s answer arrived within a 200 ms timeout")
            } catch let error as SeamAPIError {
                #expect(error.kind == .timeout)
                #expect(error.description.contains("/acs/credentials/list did not answer in time"))
            }
            // Well before the answer would come (bounded loosely: CI shares two cores with parallel suites).
            #expect(ContinuousClock.now - started < .seconds(8))
        }
    }

    @Test func aClosedPortIsUnreachable() async throws {
        let sandbox = try await Sandbox.start(SandboxOptions(issueDelay: .zero))
        let endpoint = sandbox.baseURL
        try await sandbox.shutdown()
        let client = try SeamClient(configuration: {
            var configuration = try SeamConfiguration(apiKey: "seam_sandbox_key", endpoint: endpoint)
            configuration.sleeper = RecordingSleeper()
            return configuration
        }())
        do {
            _ = try await client.workspaces.get()
            Issue.record("a closed port answered")
        } catch let error as SeamAPIError {
            #expect(error.kind == .unreachable)
            #expect(error.description.hasPrefix("Cannot reach the Seam endpoint \(endpoint)"))
        }
    }
}
