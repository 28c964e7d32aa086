import Foundation
import SeamAPI
import SeamSandbox
import Testing

/// A client configured with a personal access token sends `seam-workspace`, which the sandbox
/// requires with such a token (spec/seam-openapi.json, its security schemes).
@Suite struct PersonalAccessTokenIntegrationTests {
    static func withPATClient<T>(workspaceId: (RunningSandbox) -> String, _ body: (SeamClient, RunningSandbox) async throws -> T) async throws -> T {
        let sandbox = try await Sandbox.start(SandboxOptions(issueDelay: .zero))
        do {
            let configuration = try SeamConfiguration(
                personalAccessToken: sandbox.personalAccessToken, workspaceId: workspaceId(sandbox), endpoint: sandbox.baseURL)
            let result = try await body(SeamClient(configuration: configuration), sandbox)
            try await sandbox.shutdown()
            return result
        } catch {
            try? await sandbox.shutdown()
            throw error
        }
    }

    @Test func tokenWithItsWorkspaceReadsTheWorkspaceAndItsSystems() async throws {
        try await Self.withPATClient(workspaceId: { $0.workspaceID }) { client, sandbox in
            #expect(try await client.workspaces.get().workspaceId == sandbox.workspaceID)
            let systems = try await client.acs.systems.list()
            #expect(systems.contains { !$0.isCredentialManager })
        }
    }

    @Test func tokenNamingAnotherWorkspaceIsUnauthorized() async throws {
        try await Self.withPATClient(workspaceId: { _ in UUID().uuidString.lowercased() }) { client, _ in
            do {
                _ = try await client.workspaces.get()
                Issue.record("a personal access token was accepted for a workspace the sandbox does not have")
            } catch let error as SeamAPIError {
                #expect(error.kind == .unauthorized)
                #expect(error.status == 401)
                #expect(error.message == "Access token not found")
            }
        }
    }
}
