import Foundation
import NIOHTTP1
@testable import SeamSandbox
import Testing

/// Authentication as Seam does it (spec/seam-openapi.json, its security schemes): the API key, or a personal access token
/// with `seam-workspace: <workspace_id>`; the FSC error messages for unknown credentials.
@Suite struct AuthenticationTests {
    static func bearer(_ token: String) -> String { "Bearer \(token)" }

    @Test func apiKeyIsAcceptedAndAnUnknownKeyIsNotFound() async throws {
        try await withSandbox { sb in
            #expect(try await sb.send(.GET, "/acs/systems/list").status == 200)
            let wrong = try await sb.send(.GET, "/acs/systems/list", authorization: Self.bearer("seam_wrong_key"))
            #expect(wrong.status == 401)
            #expect(wrong.errorType == "unauthorized")
            #expect(wrong.errorMessage == "API Key not found")
            #expect(wrong.json["ok"] as? Bool == false)
        }
    }

    @Test(arguments: CallStyle.allCases)
    func personalAccessTokenWithItsWorkspaceReadsAndWrites(style: CallStyle) async throws {
        try await withSandbox { sb in
            let pat = sb.sandbox.personalAccessToken
            let headers = [("seam-workspace", sb.sandbox.workspaceID)]
            #expect(pat == SandboxOptions.defaultPersonalAccessToken)
            let workspace = try await sb.send(.GET, "/workspaces/get", authorization: Self.bearer(pat), headers: headers)
            #expect(workspace.status == 200, "\(workspace.body)")
            #expect(workspace.object("workspace")["workspace_id"] as? String == sb.sandbox.workspaceID)

            let systems: Reply
            switch style {
            case .postJSON:
                systems = try await sb.send(.POST, "/acs/systems/list", body: Array("{}".utf8), authorization: Self.bearer(pat), headers: headers)
            case .semantic:
                systems = try await sb.send(.GET, "/acs/systems/list", authorization: Self.bearer(pat), headers: headers)
            }
            #expect(systems.status == 200, "\(systems.body)")
            #expect(systems.list("acs_systems").contains { $0["name"] as? String == "Maple Court" })
            #expect(systems.list("acs_systems").allSatisfy { $0["workspace_id"] as? String == sb.sandbox.workspaceID })

            let created = try await sb.send(.POST, "/user_identities/create",
                                            body: Array(#"{"email_address":"pat-\#(UUID().uuidString.prefix(8))@example.com"}"#.utf8),
                                            authorization: Self.bearer(pat), headers: headers)
            #expect(created.status == 200, "\(created.body)")
            #expect(created.object("user_identity")["workspace_id"] as? String == sb.sandbox.workspaceID)
        }
    }

    @Test func unknownTokenOrUnknownWorkspaceIsAccessTokenNotFound() async throws {
        try await withSandbox { sb in
            let workspace = [("seam-workspace", sb.sandbox.workspaceID)]
            let unknownToken = try await sb.send(.GET, "/acs/systems/list", authorization: Self.bearer("seam_at_someone_else"), headers: workspace)
            #expect(unknownToken.status == 401)
            #expect(unknownToken.errorType == "unauthorized")
            #expect(unknownToken.errorMessage == "Access token not found")
            #expect(unknownToken.headers.first(name: "seam-request-id") != nil)

            let unknownWorkspace = try await sb.send(.GET, "/acs/systems/list", authorization: Self.bearer(sb.sandbox.personalAccessToken),
                                                     headers: [("seam-workspace", UUID().uuidString.lowercased())])
            #expect(unknownWorkspace.status == 401)
            #expect(unknownWorkspace.errorMessage == "Access token not found")
            #expect(unknownWorkspace.body == #"{"error":{"type":"unauthorized","message":"Access token not found"},"ok":false}"#)

        }
    }

    @Test func personalAccessTokenWithoutWorkspaceReachesOnlyWorkspaceAgnosticRoutes() async throws {
        try await withSandbox { sb in
            let pat = Self.bearer(sb.sandbox.personalAccessToken)
            let listed = try await sb.send(.GET, "/workspaces/list", authorization: pat)
            #expect(listed.status == 200, "\(listed.body)")
            #expect(listed.list("workspaces").first?["workspace_id"] as? String == sb.sandbox.workspaceID)

            for path in ["/acs/systems/list", "/workspaces/get", "/acs/credentials/list"] {
                let refused = try await sb.send(.GET, path, authorization: pat)
                #expect(refused.status == 401, "\(path): \(refused.body)")
                #expect(refused.errorType == "unauthorized")
                #expect(refused.errorMessage?.contains("seam-workspace") == true, "\(refused.body)")
            }
        }
    }

    /// A comparison that stops at the first differing byte (as `==` on strings does) tells a
    /// stranger, by its time, how much of a guess was right. Keys and tokens are compared to the
    /// last presented byte whatever the bytes hold.
    @Test func secretsAreComparedToTheLastPresentedByte() {
        let secret = Array("seam_sandbox_key".utf8)
        for guess in ["Xeam_sandbox_key", "seam_sandbox_keX", "seam_sandbox_key", "seam_sandbox_keyy", "seam_sandbox_ke", "s", ""] {
            let presented = CountingBytes(Array(guess.utf8))
            #expect(ConstantTimeComparison.equals(presented, secret) == (guess == "seam_sandbox_key"), "\(guess)")
            #expect(presented.reads == guess.utf8.count, "\(guess): \(presented.reads) of \(guess.utf8.count) bytes read")
        }
    }

    @Test func aKeyDifferingInItsLastByteOrLengthIsRefused() async throws {
        try await withSandbox { sb in
            for key in [String(sb.apiKey.dropLast()) + "X", sb.apiKey + "x", String(sb.apiKey.dropLast()), sb.sandbox.personalAccessToken] {
                let reply = try await sb.send(.GET, "/acs/systems/list", authorization: Self.bearer(key))
                #expect(reply.status == 401, "\(key)")
            }
            #expect(try await sb.send(.GET, "/acs/systems/list", authorization: "Bearer  \(sb.apiKey)\t").status == 200)
        }
    }

    @Test func theTokenIsConfigurable() async throws {
        var options = TestSandbox.testOptions
        options.personalAccessToken = "seam_at1_custom_token"
        try await withSandbox(options) { sb in
            let workspace = [("seam-workspace", sb.sandbox.workspaceID)]
            #expect(sb.sandbox.personalAccessToken == "seam_at1_custom_token")
            let custom = try await sb.send(.GET, "/acs/systems/list", authorization: Self.bearer("seam_at1_custom_token"), headers: workspace)
            #expect(custom.status == 200)
            let old = try await sb.send(.GET, "/acs/systems/list", authorization: Self.bearer(SandboxOptions.defaultPersonalAccessToken), headers: workspace)
            #expect(old.status == 401)
            #expect(old.errorMessage == "Access token not found")
        }
    }
}

/// Bytes that count how many of them were read, to see whether a comparison stopped early.
struct CountingBytes: Collection {
    final class Counter { var reads = 0 }

    let bytes: [UInt8]
    let counter = Counter()
    var reads: Int { counter.reads }

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var startIndex: Int { bytes.startIndex }
    var endIndex: Int { bytes.endIndex }
    func index(after i: Int) -> Int { i + 1 }
    subscript(position: Int) -> UInt8 {
        counter.reads += 1
        return bytes[position]
    }
}
