import AsyncHTTPClient
import Foundation
import NIOHTTP1
import Testing
@testable import SeamAPI

/// The requests the client builds, checked before they are sent.
@Suite struct RequestBuildingTests {
    func transport(_ configuration: SeamConfiguration) -> SeamTransport {
        SeamClient(configuration: configuration).transport
    }

    @Test func getCarriesAQueryStringAndTheSDKHeaders() throws {
        let configuration = try SeamConfiguration(apiKey: "seam_k_1", endpoint: "http://127.0.0.1:9")
        var parameters = RequestParameters()
        parameters.set("acs_user_id", "u1")
        let request = try transport(configuration).makeRequest(.get, "/acs/users/get", parameters)
        #expect(request.url == "http://127.0.0.1:9/acs/users/get?acs_user_id=u1&_strict=true")
        #expect(request.method.rawValue == "GET")
        #expect(request.headers.first(name: "authorization") == "Bearer seam_k_1")
        #expect(request.headers.first(name: "seam-sdk-name") == "keydesk/swift")
        #expect(request.headers.first(name: "seam-sdk-version") == SeamClient.sdkVersion)
        #expect(request.headers.first(name: "content-type") == nil)
        #expect(request.headers.first(name: "seam-workspace") == nil)
    }

    @Test func workspacesGetHasNoQueryAtAll() throws {
        let configuration = try SeamConfiguration(apiKey: "seam_k_1", endpoint: "http://127.0.0.1:9")
        let request = try transport(configuration).makeRequest(.get, "/workspaces/get", RequestParameters())
        #expect(request.url == "http://127.0.0.1:9/workspaces/get")
    }

    @Test func writesCarryJSONAndPersonalAccessTokensTheirWorkspace() throws {
        let configuration = try SeamConfiguration(
            personalAccessToken: "seam_at1_a_b", workspaceId: "ws_7", endpoint: "http://127.0.0.1:9")
        var parameters = RequestParameters()
        parameters.set("full_name", "Ada")
        let request = try transport(configuration).makeRequest(.post, "/user_identities/create", parameters)
        #expect(request.url == "http://127.0.0.1:9/user_identities/create")
        #expect(request.method.rawValue == "POST")
        #expect(request.headers.first(name: "content-type") == "application/json")
        #expect(request.headers.first(name: "seam-workspace") == "ws_7")
        #expect(request.headers.first(name: "authorization") == "Bearer seam_at1_a_b")
    }

    @Test func aCancelledCallThrowsCancellationNotASeamError() async throws {
        let client = try SeamClient(apiKey: "seam_k_1", endpoint: "http://127.0.0.1:9")
        let task = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return try await client.workspaces.get()
        }
        await #expect(throws: CancellationError.self) { _ = try await task.value }
    }
}
