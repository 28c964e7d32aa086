/// Filters of `/action_attempts/list`.
public struct ActionAttemptListParameters: Sendable, Equatable, PageCursorParameters {
    public var actionAttemptIds: [String]?
    public var deviceId: String?
    /// Page size (server default 500).
    public var limit: Int?
    public var pageCursor: String?

    public init(actionAttemptIds: [String]? = nil, deviceId: String? = nil, limit: Int? = nil,
                pageCursor: String? = nil) {
        self.actionAttemptIds = actionAttemptIds
        self.deviceId = deviceId
        self.limit = limit
        self.pageCursor = pageCursor
    }

    var requestParameters: RequestParameters {
        var parameters = RequestParameters()
        parameters.set("action_attempt_ids", actionAttemptIds)
        parameters.set("device_id", deviceId)
        parameters.set("limit", limit)
        parameters.set("page_cursor", pageCursor)
        return parameters
    }
}

/// `/action_attempts/*`, and the wait the SDKs do after an action route.
public struct ActionAttempts: Sendable {
    let transport: SeamTransport

    /// `GET /action_attempts/get`, once, without waiting.
    public func get(actionAttemptId: String) async throws -> ActionAttempt {
        var parameters = RequestParameters()
        parameters.set("action_attempt_id", actionAttemptId)
        return try await transport.value(.get, "/action_attempts/get", parameters, key: "action_attempt")
    }

    /// `GET /action_attempts/list`: one page, without waiting on any attempt.
    public func list(_ parameters: ActionAttemptListParameters = .init()) async throws -> Page<ActionAttempt> {
        try await transport.page(.get, "/action_attempts/list", parameters.requestParameters, key: "action_attempts")
    }

    /// Every page of `/action_attempts/list`.
    public func paginate(_ parameters: ActionAttemptListParameters = .init()) -> Paginator<ActionAttempt> {
        Paginator(parameters) { try await self.list($0) }
    }

    /// Polls until the attempt leaves `pending`, as the SDKs do (every 0.5 s for up to 5 s by
    /// default, from the configuration). Returns a `success` attempt; throws `SeamAPIError` with
    /// kind `.actionAttemptFailed` (status `error`), `.actionAttemptTimeout`, or `.invalidResponse`
    /// (a status this client does not know).
    public func wait(
        for attempt: ActionAttempt, timeout: Duration? = nil, pollInterval: Duration? = nil
    ) async throws -> ActionAttempt {
        let timeout = timeout ?? transport.configuration.actionAttemptTimeout
        let pollInterval = pollInterval ?? transport.configuration.actionAttemptPollInterval
        let clock = ContinuousClock()
        let start = clock.now
        var waited = Duration.zero
        var current = attempt
        while true {
            switch current.status {
            case .success:
                return current
            case .error:
                throw SeamAPIError(
                    kind: .actionAttemptFailed, type: current.error.map { Sanitized.text($0.type, limit: 100) },
                    message: Sanitized.text(current.error?.message ?? "no reason given"),
                    endpoint: "/action_attempts/get", baseURL: transport.configuration.endpoint,
                    actionAttemptId: current.actionAttemptId)
            case .unknown(let status):
                throw SeamAPIError(
                    kind: .invalidResponse, message: "action attempt has unknown status \"\(Sanitized.text(status, limit: 40))\"",
                    endpoint: "/action_attempts/get", baseURL: transport.configuration.endpoint,
                    actionAttemptId: current.actionAttemptId)
            case .pending:
                if waited >= timeout || clock.now - start >= timeout {
                    throw SeamAPIError(
                        kind: .actionAttemptTimeout, message: "still pending after \(timeout)",
                        endpoint: "/action_attempts/get", baseURL: transport.configuration.endpoint,
                        actionAttemptId: current.actionAttemptId)
                }
                try await transport.configuration.sleeper.sleep(for: pollInterval)
                waited += pollInterval
                current = try await get(actionAttemptId: current.actionAttemptId)
            }
        }
    }

    /// Fetches the attempt, then waits for it like `wait(for:timeout:pollInterval:)`.
    public func wait(
        forActionAttemptId actionAttemptId: String, timeout: Duration? = nil, pollInterval: Duration? = nil
    ) async throws -> ActionAttempt {
        try await wait(for: get(actionAttemptId: actionAttemptId), timeout: timeout, pollInterval: pollInterval)
    }
}
