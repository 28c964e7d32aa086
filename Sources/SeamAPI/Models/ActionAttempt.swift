/// An asynchronous operation on a device or system (`action_attempt`), e.g. `UNLOCK_DOOR`;
/// poll it with `client.actionAttempts.wait(for:)` until it leaves `pending`.
public struct ActionAttempt: Codable, Sendable, Equatable, Identifiable {
    public var actionAttemptId: String
    public var actionType: ActionType
    public var status: Status
    public var result: JSONValue?
    public var error: Failure?

    public var id: String { actionAttemptId }

    /// `status`: `pending`, `success`, `error`, or a value this client does not know.
    public enum Status: OpenEnum {
        case pending, success, error
        case unknown(String)

        public init(rawValue: String) {
            switch rawValue {
            case "pending": self = .pending
            case "success": self = .success
            case "error": self = .error
            default: self = .unknown(rawValue)
            }
        }

        public var rawValue: String {
            switch self {
            case .pending: "pending"
            case .success: "success"
            case .error: "error"
            case .unknown(let value): value
            }
        }
    }

    /// `action_type` (UPPER_SNAKE); the ACS-related ones are named, the rest are `unknown`.
    public enum ActionType: OpenEnum {
        case unlockDoor, encodeCredential, scanCredential, scanToAssignCredential, resetSandboxWorkspace
        case unknown(String)

        public init(rawValue: String) {
            switch rawValue {
            case "UNLOCK_DOOR": self = .unlockDoor
            case "ENCODE_CREDENTIAL": self = .encodeCredential
            case "SCAN_CREDENTIAL": self = .scanCredential
            case "SCAN_TO_ASSIGN_CREDENTIAL": self = .scanToAssignCredential
            case "RESET_SANDBOX_WORKSPACE": self = .resetSandboxWorkspace
            default: self = .unknown(rawValue)
            }
        }

        public var rawValue: String {
            switch self {
            case .unlockDoor: "UNLOCK_DOOR"
            case .encodeCredential: "ENCODE_CREDENTIAL"
            case .scanCredential: "SCAN_CREDENTIAL"
            case .scanToAssignCredential: "SCAN_TO_ASSIGN_CREDENTIAL"
            case .resetSandboxWorkspace: "RESET_SANDBOX_WORKSPACE"
            case .unknown(let value): value
            }
        }
    }

    /// The `error` of a failed attempt.
    public struct Failure: Codable, Sendable, Equatable {
        public var type: String
        public var message: String
        public init(type: String, message: String) {
            self.type = type
            self.message = message
        }
    }

    public init(actionAttemptId: String, actionType: ActionType, status: Status, result: JSONValue? = nil,
                error: Failure? = nil) {
        self.actionAttemptId = actionAttemptId
        self.actionType = actionType
        self.status = status
        self.result = result
        self.error = error
    }

    enum CodingKeys: String, CodingKey {
        case actionAttemptId = "action_attempt_id", actionType = "action_type", status, result, error
    }
}
