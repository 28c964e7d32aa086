import Foundation

/// Names an Access Grant the two ways Seam accepts: its id, or the caller's own `access_grant_key`.
public enum AccessGrantReference: Sendable, Equatable {
    case accessGrantId(String)
    case accessGrantKey(String)

    func add(to parameters: inout RequestParameters) {
        switch self {
        case .accessGrantId(let id): parameters.set("access_grant_id", id)
        case .accessGrantKey(let key): parameters.set("access_grant_key", key)
        }
    }
}

/// One access method to ask for (an entry of `requested_access_methods`). Latch generates PINs
/// itself, so leave `code` nil there.
public struct AccessMethodRequest: Sendable, Equatable {
    public var mode: AccessMode
    /// A specific PIN (4 to 9 digits) for a `code` request.
    public var code: String?
    /// How many times an Instant Key may be used (mobile keys; Seam's default is 1).
    public var instantKeyMaxUseCount: Int?

    public init(mode: AccessMode, code: String? = nil, instantKeyMaxUseCount: Int? = nil) {
        self.mode = mode
        self.code = code
        self.instantKeyMaxUseCount = instantKeyMaxUseCount
    }

    var parameterValue: ParameterValue {
        var members = RequestParameters()
        members.set("mode", mode.rawValue)
        members.set("code", code)
        members.set("instant_key_max_use_count", instantKeyMaxUseCount)
        return .object(members.values)
    }
}

/// Body of `/access_grants/create`: who, where, when and how.
public struct AccessGrantCreateParameters: Sendable, Equatable {
    /// Who the grant is for.
    public enum Grantee: Sendable, Equatable {
        /// An existing user identity (`user_identity_id`).
        case userIdentityId(String)
        /// A user identity Seam creates with the grant (`user_identity`).
        case newUserIdentity(
            fullName: String?, emailAddress: String? = nil, phoneNumber: String? = nil, userIdentityKey: String? = nil)
    }

    public var grantee: Grantee
    public var requestedAccessMethods: [AccessMethodRequest]
    public var acsEntranceIds: [String]?
    public var spaceIds: [String]?
    public var deviceIds: [String]?
    /// Now when nil.
    public var startsAt: Date?
    /// Open-ended when nil.
    public var endsAt: Date?
    public var name: String?
    /// The caller's own key for the grant, unique in the workspace: creating twice with the same
    /// key does not make two grants.
    public var accessGrantKey: String?
    public var reservationKey: String?

    public init(grantee: Grantee, requestedAccessMethods: [AccessMethodRequest], acsEntranceIds: [String]? = nil,
                spaceIds: [String]? = nil, deviceIds: [String]? = nil, startsAt: Date? = nil, endsAt: Date? = nil,
                name: String? = nil, accessGrantKey: String? = nil, reservationKey: String? = nil) {
        self.grantee = grantee
        self.requestedAccessMethods = requestedAccessMethods
        self.acsEntranceIds = acsEntranceIds
        self.spaceIds = spaceIds
        self.deviceIds = deviceIds
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.name = name
        self.accessGrantKey = accessGrantKey
        self.reservationKey = reservationKey
    }

    var requestParameters: RequestParameters {
        var parameters = RequestParameters()
        switch grantee {
        case .userIdentityId(let id):
            parameters.set("user_identity_id", id)
        case .newUserIdentity(let fullName, let emailAddress, let phoneNumber, let userIdentityKey):
            var identity = RequestParameters()
            identity.set("full_name", fullName)
            identity.set("email_address", emailAddress)
            identity.set("phone_number", phoneNumber)
            identity.set("user_identity_key", userIdentityKey)
            parameters["user_identity"] = .object(identity.values)
        }
        parameters["requested_access_methods"] = .array(requestedAccessMethods.map(\.parameterValue))
        parameters.set("acs_entrance_ids", acsEntranceIds)
        parameters.set("space_ids", spaceIds)
        parameters.set("device_ids", deviceIds)
        parameters.set("starts_at", startsAt)
        parameters.set("ends_at", endsAt)
        parameters.set("name", name)
        parameters.set("access_grant_key", accessGrantKey)
        parameters.set("reservation_key", reservationKey)
        return parameters
    }
}

/// Filters of `/access_grants/list`.
public struct AccessGrantListParameters: Sendable, Equatable, PageCursorParameters {
    public var userIdentityId: String?
    public var acsSystemId: String?
    public var acsEntranceId: String?
    public var accessGrantIds: [String]?
    public var accessGrantKey: String?
    public var spaceId: String?
    public var deviceId: String?
    public var reservationKey: String?
    /// Page size (server default 500).
    public var limit: Int?
    public var pageCursor: String?

    public init(userIdentityId: String? = nil, acsSystemId: String? = nil, acsEntranceId: String? = nil,
                accessGrantIds: [String]? = nil, accessGrantKey: String? = nil, spaceId: String? = nil,
                deviceId: String? = nil, reservationKey: String? = nil, limit: Int? = nil, pageCursor: String? = nil) {
        self.userIdentityId = userIdentityId
        self.acsSystemId = acsSystemId
        self.acsEntranceId = acsEntranceId
        self.accessGrantIds = accessGrantIds
        self.accessGrantKey = accessGrantKey
        self.spaceId = spaceId
        self.deviceId = deviceId
        self.reservationKey = reservationKey
        self.limit = limit
        self.pageCursor = pageCursor
    }

    var requestParameters: RequestParameters {
        var parameters = RequestParameters()
        parameters.set("user_identity_id", userIdentityId)
        parameters.set("acs_system_id", acsSystemId)
        parameters.set("acs_entrance_id", acsEntranceId)
        parameters.set("access_grant_ids", accessGrantIds)
        parameters.set("access_grant_key", accessGrantKey)
        parameters.set("space_id", spaceId)
        parameters.set("device_id", deviceId)
        parameters.set("reservation_key", reservationKey)
        parameters.set("limit", limit)
        parameters.set("page_cursor", pageCursor)
        return parameters
    }
}

/// Changes of `/access_grants/update`: `nil` leaves a field, `.null` clears it.
public struct AccessGrantUpdateParameters: Sendable, Equatable {
    public var startsAt: Date?
    /// `.null` makes the grant open-ended.
    public var endsAt: Nullable<Date>?
    /// `.null` lets Seam compute the display name again.
    public var name: Nullable<String>?

    public init(startsAt: Date? = nil, endsAt: Nullable<Date>? = nil, name: Nullable<String>? = nil) {
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.name = name
    }

    func add(to parameters: inout RequestParameters) {
        parameters.set("starts_at", startsAt)
        parameters.set("ends_at", endsAt)
        parameters.set("name", name)
    }
}
