import Foundation

/// The one error every `SeamClient` call throws: what Seam said (`type`, message, validation
/// errors), how (HTTP status, `seam-request-id`), where (the endpoint), and a `description` a
/// front-desk user can act on. It never contains the API key.
public struct SeamAPIError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The broad class of failure, mirroring the SDKs' error classes.
    public enum Kind: Sendable, Equatable {
        /// 400 `invalid_input`: see `validationErrors`.
        case invalidInput
        /// 401: the key was refused.
        case unauthorized
        /// 404: the thing asked for does not exist.
        case notFound
        /// 429: too many requests (after any retries).
        case rateLimited
        /// Any other Seam error envelope, or a non-2xx answer without one.
        case api
        /// The endpoint did not answer within the request timeout.
        case timeout
        /// The endpoint could not be reached (refused, DNS, TLS, connection lost).
        case unreachable
        /// A 2xx answer this client could not read (not JSON, or the expected key missing).
        case invalidResponse
        /// An action attempt ended with status `error`.
        case actionAttemptFailed
        /// An action attempt was still pending when the wait timed out.
        case actionAttemptTimeout
        /// The configuration was refused before any request (see `SeamConfigurationError`).
        case invalidConfiguration
    }

    public var kind: Kind
    /// Seam's error `type` (e.g. `acs_user_not_found`), or the action attempt's error type.
    public var type: String?
    /// Seam's message (untrusted text, control characters removed).
    public var message: String
    /// Validation messages by parameter path (`ends_at`, `access_schedule.ends_at`; "" for the root).
    public var validationErrors: [String: [String]]
    /// The HTTP status, when an answer arrived.
    public var status: Int?
    /// The `seam-request-id` response header, to quote to Seam support.
    public var requestId: String?
    /// The route, e.g. `/acs/users/get`.
    public var endpoint: String
    /// The base URL the client talks to, e.g. `https://connect.getseam.com`.
    public var baseURL: String
    /// Where the key came from, for 401 messages.
    public var credentialSource: CredentialSource?
    /// "API key" or "personal access token".
    public var credentialKind: String?
    /// The id the request named for the resource that was not found, when there is one.
    public var resourceId: String?
    /// Extra `error.data` from the envelope.
    public var data: JSONValue?
    /// The action attempt, for `actionAttemptFailed` / `actionAttemptTimeout`.
    public var actionAttemptId: String?
    /// The server's `Retry-After` (bounded by the retry policy) on a refused answer such as a 429,
    /// so a caller that may not retry blindly (a create) knows how long Seam asked it to wait.
    public var retryAfter: Duration?

    public init(
        kind: Kind, type: String? = nil, message: String, validationErrors: [String: [String]] = [:],
        status: Int? = nil, requestId: String? = nil, endpoint: String, baseURL: String = "",
        credentialSource: CredentialSource? = nil, credentialKind: String? = nil, resourceId: String? = nil,
        data: JSONValue? = nil, actionAttemptId: String? = nil
    ) {
        self.kind = kind
        self.type = type
        self.message = message
        self.validationErrors = validationErrors
        self.status = status
        self.requestId = requestId
        self.endpoint = endpoint
        self.baseURL = baseURL
        self.credentialSource = credentialSource
        self.credentialKind = credentialKind
        self.resourceId = resourceId
        self.data = data
        self.actionAttemptId = actionAttemptId
    }

    /// The messages Seam gave for one parameter (`"ends_at"`, or a dotted path for nested ones).
    public func validationMessages(for parameter: String) -> [String] {
        validationErrors[parameter] ?? []
    }

    /// The parameters that have validation messages, sorted.
    public var invalidParameters: [String] {
        validationErrors.keys.filter { !$0.isEmpty }.sorted()
    }

    /// True when retrying the same request later may succeed.
    public var isTransient: Bool {
        switch kind {
        case .timeout, .unreachable, .rateLimited: true
        case .api: (status ?? 0) >= 500
        default: false
        }
    }

    public var description: String {
        var text = summary
        if let requestId { text += " [request \(Sanitized.text(requestId, limit: 80))]" }
        return text
    }

    private var summary: String {
        let route = endpoint
        switch kind {
        case .unauthorized:
            let credential = credentialKind ?? "API key"
            let source = credentialSource.map { " from \($0)" } ?? ""
            return "Seam refused the \(credential)\(source) (401 at \(baseURL)). "
                + "Check that the key is current and belongs to this workspace and endpoint; "
                + "create a new key in the Seam Console if it was revoked."
        case .notFound:
            let what = Self.resourceName(fromErrorType: type) ?? "The requested item"
            let id = resourceId.map { " \(Sanitized.text($0, limit: 80))" } ?? ""
            return "\(what)\(id) was not found (\(route)). It may have been deleted; refresh the list."
        case .invalidInput:
            var lines = ["Seam rejected the request to \(route): \(message)"]
            for parameter in validationErrors.keys.sorted() {
                let name = parameter.isEmpty ? "request" : parameter
                for text in validationErrors[parameter] ?? [] {
                    lines.append("  \(Sanitized.text(name, limit: 80)): \(text)")
                }
            }
            return lines.joined(separator: "\n")
        case .rateLimited:
            return "Seam is rate-limiting requests to \(route) (429). Wait a minute and try again."
        case .timeout:
            return "\(baseURL)\(route) did not answer in time. Check the network or the Seam status page, then retry."
        case .unreachable:
            return "Cannot reach the Seam endpoint \(baseURL) (\(message)). Check the endpoint address and the network."
        case .invalidResponse:
            return "\(baseURL)\(route) sent an answer keydesk cannot read: \(message)"
        case .actionAttemptFailed:
            return "The action failed\(type.map { " (\($0))" } ?? ""): \(message)"
        case .actionAttemptTimeout:
            return "The action \(actionAttemptId.map { "\($0) " } ?? "")is still pending; check it again later."
        case .invalidConfiguration:
            return message
        case .api:
            let status = status.map { "HTTP \($0)" } ?? "error"
            let type = type.map { ", \($0)" } ?? ""
            if let code = self.status, code >= 500 {
                return "Seam had a problem answering \(route) (\(status)\(type)): \(message). Try again shortly."
            }
            return "Seam refused \(route) (\(status)\(type)): \(message)"
        }
    }

    /// "ACS user" for `acs_user_not_found`, and so on.
    static func resourceName(fromErrorType type: String?) -> String? {
        guard let type, type.hasSuffix("_not_found") else { return nil }
        let resource = String(type.dropLast("_not_found".count))
        let names = [
            "acs_system": "The building (ACS system)", "acs_user": "The ACS user", "acs_entrance": "The entrance",
            "acs_credential": "The credential", "user_identity": "The user identity",
            "enrollment_automation": "The enrollment automation", "action_attempt": "The action attempt",
            "event": "The event", "workspace": "The workspace", "acs_access_group": "The access group",
            "device": "The device", "access_grant": "The Access Grant", "access_method": "The access method",
            "connected_account": "The connected account", "phone": "The phone",
        ]
        return names[resource] ?? "The \(Sanitized.text(resource.replacingOccurrences(of: "_", with: " "), limit: 60))"
    }
}
