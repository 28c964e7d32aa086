import Foundation
import NIOHTTP1
import SeamSandbox
import Testing

/// Auth, request ids, and the error envelope for every kind of client mistake.
@Suite struct EnvelopeTests {
    @Test func successHasOkTrueJSONAndRequestID() async throws {
        try await withSandbox { sb in
            let reply = try await sb.send(.GET, "/workspaces/get")
            #expect(reply.status == 200)
            #expect(reply.ok)
            #expect(reply.headers.first(name: "content-type")?.hasPrefix("application/json") == true)
            #expect(reply.headers.first(name: "seam-request-id")?.isEmpty == false)
            #expect(reply.object("workspace")["is_sandbox"] as? Bool == true)
            let second = try await sb.send(.GET, "/workspaces/get")
            #expect(second.headers.first(name: "seam-request-id") != reply.headers.first(name: "seam-request-id"))
        }
    }

    @Test func missingOrWrongKeyIs401InEnvelope() async throws {
        try await withSandbox { sb in
            for auth in ["", "Bearer seam_wrong_key", "Basic abc", "Bearer "] {
                let reply = try await sb.send(.GET, "/acs/systems/list", authorization: auth)
                #expect(reply.status == 401, "\(auth)")
                #expect(reply.errorType == "unauthorized")
                #expect(reply.json["ok"] as? Bool == false)
                #expect(reply.headers.first(name: "seam-request-id") != nil)
                #expect(!reply.body.contains(sb.apiKey))
            }
        }
    }

    @Test func unknownRouteIs404AndWrongVerbIs405() async throws {
        try await withSandbox { sb in
            let missing = try await sb.send(.GET, "/acs/doors/list")
            #expect(missing.status == 404)
            #expect(missing.errorType == "not_found")
            let wrongVerb = try await sb.send(.GET, "/acs/users/create")
            #expect(wrongVerb.status == 405)
            #expect(wrongVerb.errorType == "method_not_allowed")
            #expect(wrongVerb.headers.first(name: "allow") == "POST")
            let deleteOnRead = try await sb.send(.DELETE, "/acs/systems/list")
            #expect(deleteOnRead.status == 405)
            let slashed = try await sb.send(.GET, "/acs/users/create/")
            #expect(slashed.status == 405, "a trailing slash names the same route")
            #expect(slashed.headers.first(name: "allow") == "POST")
            let webDAV = try await sb.send(.RAW(value: "PROPFIND"), "/acs/users/list")
            #expect(webDAV.status == 405)
            #expect(webDAV.headers.first(name: "allow") == "GET, POST")
            for path in ["//acs/users/list", "/acs//users/list", "/acs/users/list//"] {
                let reply = try await sb.send(.GET, path)
                #expect(reply.status == 404, "\(path): \(reply.body.prefix(200))")
                #expect(reply.errorType == "not_found", "\(path)")
            }
        }
    }

    @Test func bodyOverOneMegabyteIs413() async throws {
        try await withSandbox { sb in
            let big = "{\"full_name\": \"" + String(repeating: "x", count: 1_100_000) + "\"}"
            let reply = try await sb.send(.POST, "/acs/users/create", body: Array(big.utf8))
            #expect(reply.status == 413)
            #expect(reply.errorType == "payload_too_large")
            #expect(reply.json["ok"] as? Bool == false)
            // The server is still fine afterwards.
            #expect(try await sb.send(.GET, "/workspaces/get").status == 200)
        }
    }

    @Test func wrongContentTypeIs400() async throws {
        try await withSandbox { sb in
            let reply = try await sb.send(.POST, "/acs/systems/list", body: Array("{}".utf8), contentType: "text/plain")
            #expect(reply.status == 400)
            #expect(reply.errorType == "invalid_content_type")
            let form = try await sb.send(.POST, "/acs/systems/list", body: Array("a=b".utf8), contentType: "application/x-www-form-urlencoded")
            #expect(form.errorType == "invalid_content_type")
            let charset = try await sb.send(.POST, "/acs/systems/list", body: Array("{}".utf8), contentType: "application/json; charset=utf-8")
            #expect(charset.status == 200)
        }
    }

    @Test func malformedJSONIs400InvalidInput() async throws {
        try await withSandbox { sb in
            for body in ["{", "{\"a\": }", "[1,2", "nul", "{\"a\": 1} trailing", "\"\\ud800\""] {
                let reply = try await sb.send(.POST, "/acs/systems/list", body: Array(body.utf8))
                #expect(reply.status == 400, "\(body)")
                #expect(reply.errorType == "invalid_input", "\(body)")
                #expect(reply.errorMessage?.contains("Malformed JSON") == true)
            }
            let array = try await sb.send(.POST, "/acs/systems/list", body: Array("[1]".utf8))
            #expect(array.status == 400)
            #expect(array.errorType == "invalid_input")
            let deep = String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)
            let deepReply = try await sb.send(.POST, "/acs/systems/list", body: Array(deep.utf8))
            #expect(deepReply.status == 400)
        }
    }

    @Test func missingParameterNamesIt() async throws {
        try await withSandbox { sb in
            let reply = try await sb.post("/acs/systems/get")
            #expect(reply.status == 400)
            #expect(reply.errorType == "invalid_input")
            #expect(reply.errorMessage == "acs_system_id is required")
            let tree = try #require(reply.validationErrors)
            #expect((tree["acs_system_id"] as? [String: Any])?["_errors"] as? [String] == ["acs_system_id is required"])
            #expect(tree["_errors"] as? [Any] != nil)
        }
    }

    @Test func mistypedParametersNameThem() async throws {
        try await withSandbox { sb in
            let system = try await sb.building()
            let cases: [(String, [String: Any], String)] = [
                ("/acs/systems/get", ["acs_system_id": 42], "acs_system_id"),
                ("/acs/systems/get", ["acs_system_id": "not-a-uuid"], "acs_system_id"),
                ("/acs/users/list", ["limit": "ten"], "limit"),
                ("/acs/users/list", ["limit": -1], "limit"),
                ("/acs/credentials/list", ["is_multi_phone_sync_credential": "maybe"], "is_multi_phone_sync_credential"),
                ("/acs/users/create", ["acs_system_id": system, "full_name": ["a"]], "full_name"),
                ("/acs/credentials/create", ["access_method": "teleport", "acs_user_id": UUID().uuidString.lowercased()], "access_method"),
                ("/acs/users/list", ["created_before": "yesterday"], "created_before"),
            ]
            for (path, params, name) in cases {
                let reply = try await sb.post(path, params)
                #expect(reply.status == 400, "\(path) \(params)")
                #expect(reply.errorType == "invalid_input", "\(path) \(params): \(reply.body)")
                #expect(reply.errorMessage?.contains(name) == true, "\(reply.body)")
                #expect(reply.validationErrors?[name] != nil, "\(reply.body)")
            }
            let nested = try await sb.post("/acs/users/create", ["acs_system_id": system, "full_name": "A", "access_schedule": ["ends_at": "soon"]])
            #expect(nested.status == 400)
            let schedule = try #require(nested.validationErrors?["access_schedule"] as? [String: Any])
            #expect(schedule["ends_at"] != nil)
        }
    }

    @Test func unknownIdsAre404WithResourceType() async throws {
        try await withSandbox { sb in
            let unknown = UUID().uuidString.lowercased()
            let cases: [(String, String, String)] = [
                ("/acs/systems/get", "acs_system_id", "acs_system_not_found"),
                ("/acs/users/get", "acs_user_id", "acs_user_not_found"),
                ("/acs/entrances/get", "acs_entrance_id", "acs_entrance_not_found"),
                ("/acs/credentials/get", "acs_credential_id", "acs_credential_not_found"),
                ("/user_identities/get", "user_identity_id", "user_identity_not_found"),
                ("/user_identities/enrollment_automations/get", "enrollment_automation_id", "enrollment_automation_not_found"),
                ("/events/get", "event_id", "event_not_found"),
                ("/action_attempts/get", "action_attempt_id", "action_attempt_not_found"),
            ]
            for (path, key, type) in cases {
                let reply = try await sb.semantic(.GET, path, [key: unknown])
                #expect(reply.status == 404, "\(path)")
                #expect(reply.errorType == type, "\(path): \(reply.body)")
            }
        }
    }

    @Test func strictFlagAndEmptyQueryValuesAreAccepted() async throws {
        try await withSandbox { sb in
            let reply = try await sb.send(.GET, "/acs/users/list", query: [("limit", "5"), ("user_identity_email_address", ""), ("_strict", "true")])
            #expect(reply.status == 200, "\(reply.body)")
            #expect(reply.list("acs_users").count <= 5)
            let bracketed = try await sb.send(.GET, "/acs/entrances/list", query: [("acs_entrance_ids[]", UUID().uuidString.lowercased())])
            #expect(bracketed.status == 200)
            #expect(bracketed.list("acs_entrances").isEmpty)
        }
    }
}
