import Foundation
import Testing
@testable import SeamAPI

/// Maps error bodies through the client's own transport (no request is sent).
@Suite struct ErrorMappingTests {
    let transport: SeamTransport

    init() throws {
        let configuration = try SeamConfiguration(
            apiKey: "seam_secret_key_123", endpoint: "http://127.0.0.1:9", source: .environment("SEAM_API_KEY"))
        transport = SeamClient(configuration: configuration).transport
    }

    func map(_ status: Int, _ body: String, parameters: RequestParameters = .init(), path: String = "/acs/users/get")
        -> SeamAPIError
    {
        transport.mapHTTPError(status: status, body: Data(body.utf8), requestId: "req-42", path: path, parameters: parameters)
    }

    @Test func invalidInputCarriesValidationErrorsByParameter() {
        let error = map(400, #"""
            {"error": {"type": "invalid_input", "message": "2 Input Errors: ends_at, access_schedule",
             "validation_errors": {"_errors": [], "ends_at": {"_errors": ["ends_at must be in the future"]},
              "access_schedule": {"_errors": [], "starts_at": {"_errors": ["Invalid datetime"]}}}}, "ok": false}
            """#, path: "/acs/credentials/create")
        #expect(error.kind == .invalidInput)
        #expect(error.type == "invalid_input")
        #expect(error.status == 400)
        #expect(error.requestId == "req-42")
        #expect(error.validationMessages(for: "ends_at") == ["ends_at must be in the future"])
        #expect(error.validationMessages(for: "access_schedule.starts_at") == ["Invalid datetime"])
        #expect(error.validationMessages(for: "code").isEmpty)
        #expect(error.invalidParameters == ["access_schedule.starts_at", "ends_at"])
        #expect(error.description.contains("ends_at: ends_at must be in the future"))
        #expect(error.description.contains("/acs/credentials/create"))
    }

    @Test func unauthorizedNamesTheKeySourceButNeverTheKey() {
        let error = map(401, #"{"error": {"type": "unauthorized", "message": "API Key seam_secret_key_123 not found"}, "ok": false}"#)
        #expect(error.kind == .unauthorized)
        #expect(error.description.contains("SEAM_API_KEY environment variable"))
        #expect(error.description.contains("401"))
        #expect(!error.description.contains("seam_secret_key_123"))
        #expect(!error.message.contains("seam_secret_key_123"))
    }

    @Test func unauthorizedWithoutAJSONBody() {
        let error = map(401, "Unauthorized")
        #expect(error.kind == .unauthorized)
        #expect(error.type == nil)
    }

    @Test func notFoundSaysWhatWasNotFound() {
        var parameters = RequestParameters()
        parameters.set("acs_user_id", "user-77")
        let error = map(404, #"{"error": {"type": "acs_user_not_found", "message": "acs_user not found"}, "ok": false}"#,
                        parameters: parameters)
        #expect(error.kind == .notFound)
        #expect(error.resourceId == "user-77")
        #expect(error.description.hasPrefix("The ACS user user-77 was not found (/acs/users/get)"))
        #expect(error.description.hasSuffix("[request req-42]"))
    }

    @Test func otherErrorsKeepTypeStatusAndData() {
        let error = map(400, #"{"error": {"type": "not_supported", "message": "Latch cannot", "data": {"x": 1}}, "ok": false}"#)
        #expect(error.kind == .api)
        #expect(error.type == "not_supported")
        #expect(error.data?["x"] == .number(1))
        let outage = map(503, "")
        #expect(outage.kind == .api && outage.status == 503 && outage.isTransient)
        #expect(outage.message == "Service Unavailable")
        #expect(map(429, "").kind == .rateLimited)
    }

    @Test func untrustedMessagesLoseControlCharactersAndLength() {
        let nasty = String(repeating: "A", count: 2000)
        let error = map(400, #"{"error": {"type": "x", "message": "\u001b[2Jboom\#(nasty)"}, "ok": false}"#)
        #expect(!error.message.contains("\u{1B}"))
        #expect(error.message.count <= 501)
    }

    @Test func transportFailuresBecomeTimeoutOrUnreachable() {
        struct Refused: Error, CustomStringConvertible { var description: String { "connect(): Connection refused (errno: 111)" } }
        let refused = transport.mapTransportError(Refused(), path: "/workspaces/get")
        #expect(refused.kind == .unreachable)
        #expect(refused.description == "Cannot reach the Seam endpoint http://127.0.0.1:9 (connection refused). Check the endpoint address and the network.")
    }

    @Test func descriptionsForTimeoutAndActionAttempts() {
        let timeout = SeamAPIError(kind: .timeout, message: "", endpoint: "/acs/credentials/list",
                                   baseURL: "https://connect.getseam.com")
        #expect(timeout.description.hasPrefix("https://connect.getseam.com/acs/credentials/list did not answer in time"))
        let failed = SeamAPIError(kind: .actionAttemptFailed, type: "uncategorized_error", message: "Jammed",
                                  endpoint: "/action_attempts/get")
        #expect(failed.description == "The action failed (uncategorized_error): Jammed")
    }

    @Test func resourceNamesForNotFoundTypes() {
        #expect(SeamAPIError.resourceName(fromErrorType: "acs_system_not_found") == "The building (ACS system)")
        #expect(SeamAPIError.resourceName(fromErrorType: "phone_not_found") == "The phone")
        #expect(SeamAPIError.resourceName(fromErrorType: "invalid_input") == nil)
    }
}
