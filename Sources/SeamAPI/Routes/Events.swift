import Foundation

/// Filters of `/events/list`. Seam requires a time window: `since` or `between`.
public struct EventListParameters: Sendable, Equatable {
    /// The time window of the listing.
    public enum Window: Sendable, Equatable {
        /// Events created after this instant.
        case since(Date)
        /// Events created strictly between the two instants.
        case between(Date, Date)
    }

    public var window: Window
    public var acsSystemId: String?
    public var acsSystemIds: [String]?
    public var acsUserId: String?
    public var acsCredentialId: String?
    public var acsEntranceId: String?
    public var acsAccessGroupId: String?
    public var userIdentityId: String?
    public var connectedAccountId: String?
    public var accessGrantId: String?
    public var accessGrantIds: [String]?
    public var accessMethodId: String?
    public var accessMethodIds: [String]?
    public var eventIds: [String]?
    public var eventType: SeamEventType?
    public var eventTypes: [SeamEventType]?
    /// Maximum number of events (server default 500).
    public var limit: Int?
    public var unstableOffset: Int?

    public init(window: Window, acsSystemId: String? = nil, acsSystemIds: [String]? = nil, acsUserId: String? = nil,
                acsCredentialId: String? = nil, acsEntranceId: String? = nil, acsAccessGroupId: String? = nil,
                userIdentityId: String? = nil, connectedAccountId: String? = nil, accessGrantId: String? = nil,
                accessGrantIds: [String]? = nil, accessMethodId: String? = nil, accessMethodIds: [String]? = nil,
                eventIds: [String]? = nil, eventType: SeamEventType? = nil, eventTypes: [SeamEventType]? = nil, limit: Int? = nil,
                unstableOffset: Int? = nil) {
        self.window = window
        self.acsSystemId = acsSystemId
        self.acsSystemIds = acsSystemIds
        self.acsUserId = acsUserId
        self.acsCredentialId = acsCredentialId
        self.acsEntranceId = acsEntranceId
        self.acsAccessGroupId = acsAccessGroupId
        self.userIdentityId = userIdentityId
        self.connectedAccountId = connectedAccountId
        self.accessGrantId = accessGrantId
        self.accessGrantIds = accessGrantIds
        self.accessMethodId = accessMethodId
        self.accessMethodIds = accessMethodIds
        self.eventIds = eventIds
        self.eventType = eventType
        self.eventTypes = eventTypes
        self.limit = limit
        self.unstableOffset = unstableOffset
    }

    var requestParameters: RequestParameters {
        var parameters = RequestParameters()
        switch window {
        case .since(let date): parameters.set("since", date)
        case .between(let from, let to): parameters["between"] = .array([.date(from), .date(to)])
        }
        parameters.set("acs_system_id", acsSystemId)
        parameters.set("acs_system_ids", acsSystemIds)
        parameters.set("acs_user_id", acsUserId)
        parameters.set("acs_credential_id", acsCredentialId)
        parameters.set("acs_entrance_id", acsEntranceId)
        parameters.set("acs_access_group_id", acsAccessGroupId)
        parameters.set("user_identity_id", userIdentityId)
        parameters.set("connected_account_id", connectedAccountId)
        parameters.set("access_grant_id", accessGrantId)
        parameters.set("access_grant_ids", accessGrantIds)
        parameters.set("access_method_id", accessMethodId)
        parameters.set("access_method_ids", accessMethodIds)
        parameters.set("event_ids", eventIds)
        parameters.set("event_type", eventType?.rawValue)
        parameters.set("event_types", eventTypes?.map(\.rawValue))
        parameters.set("limit", limit)
        parameters.set("unstable_offset", unstableOffset)
        return parameters
    }
}

/// `/events/*`: what happened in the workspace.
public struct Events: Sendable {
    let transport: SeamTransport

    /// `GET /events/list` (not paginated; use `limit` and `unstableOffset`).
    public func list(_ parameters: EventListParameters) async throws -> [SeamEvent] {
        try await transport.value(.get, "/events/list", parameters.requestParameters, key: "events")
    }

    /// `GET /events/get`.
    public func get(eventId: String) async throws -> SeamEvent {
        var parameters = RequestParameters()
        parameters.set("event_id", eventId)
        return try await transport.value(.get, "/events/get", parameters, key: "event")
    }
}
