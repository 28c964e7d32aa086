import Foundation

/// Filters of `/acs/users/list`.
public struct AcsUserListParameters: Sendable, Equatable, PageCursorParameters {
    public var acsSystemId: String?
    public var userIdentityId: String?
    /// `.null` lists users whose identity has no email address.
    public var userIdentityEmailAddress: Nullable<String>?
    /// `.null` lists users whose identity has no phone number.
    public var userIdentityPhoneNumber: Nullable<String>?
    public var search: String?
    public var createdBefore: Date?
    /// Page size (server default 500).
    public var limit: Int?
    public var pageCursor: String?

    public init(acsSystemId: String? = nil, userIdentityId: String? = nil,
                userIdentityEmailAddress: Nullable<String>? = nil, userIdentityPhoneNumber: Nullable<String>? = nil,
                search: String? = nil, createdBefore: Date? = nil, limit: Int? = nil, pageCursor: String? = nil) {
        self.acsSystemId = acsSystemId
        self.userIdentityId = userIdentityId
        self.userIdentityEmailAddress = userIdentityEmailAddress
        self.userIdentityPhoneNumber = userIdentityPhoneNumber
        self.search = search
        self.createdBefore = createdBefore
        self.limit = limit
        self.pageCursor = pageCursor
    }

    var requestParameters: RequestParameters {
        var parameters = RequestParameters()
        parameters.set("acs_system_id", acsSystemId)
        parameters.set("user_identity_id", userIdentityId)
        parameters.set("user_identity_email_address", userIdentityEmailAddress)
        parameters.set("user_identity_phone_number", userIdentityPhoneNumber)
        parameters.set("search", search)
        parameters.set("created_before", createdBefore)
        parameters.set("limit", limit)
        parameters.set("page_cursor", pageCursor)
        return parameters
    }
}

/// Body of `/acs/users/create`.
public struct AcsUserCreateParameters: Sendable, Equatable {
    public var acsSystemId: String
    public var fullName: String
    public var emailAddress: String?
    public var phoneNumber: String?
    public var userIdentityId: String?
    public var accessSchedule: AccessSchedule?
    public var acsAccessGroupIds: [String]?

    public init(acsSystemId: String, fullName: String, emailAddress: String? = nil, phoneNumber: String? = nil,
                userIdentityId: String? = nil, accessSchedule: AccessSchedule? = nil,
                acsAccessGroupIds: [String]? = nil) {
        self.acsSystemId = acsSystemId
        self.fullName = fullName
        self.emailAddress = emailAddress
        self.phoneNumber = phoneNumber
        self.userIdentityId = userIdentityId
        self.accessSchedule = accessSchedule
        self.acsAccessGroupIds = acsAccessGroupIds
    }

    var requestParameters: RequestParameters {
        var parameters = RequestParameters()
        parameters.set("acs_system_id", acsSystemId)
        parameters.set("full_name", fullName)
        parameters.set("email_address", emailAddress)
        parameters.set("phone_number", phoneNumber)
        parameters.set("user_identity_id", userIdentityId)
        parameters["access_schedule"] = accessSchedule?.parameterValue
        parameters.set("acs_access_group_ids", acsAccessGroupIds)
        return parameters
    }
}

/// Changes of `/acs/users/update`; `nil` fields are left as they are.
public struct AcsUserUpdateParameters: Sendable, Equatable {
    public var fullName: String?
    public var emailAddress: String?
    public var phoneNumber: String?
    public var hidAcsSystemId: String?
    /// `.null` removes the schedule.
    public var accessSchedule: Nullable<AccessSchedule>?

    public init(fullName: String? = nil, emailAddress: String? = nil, phoneNumber: String? = nil,
                hidAcsSystemId: String? = nil, accessSchedule: Nullable<AccessSchedule>? = nil) {
        self.fullName = fullName
        self.emailAddress = emailAddress
        self.phoneNumber = phoneNumber
        self.hidAcsSystemId = hidAcsSystemId
        self.accessSchedule = accessSchedule
    }

    func add(to parameters: inout RequestParameters) {
        parameters.set("full_name", fullName)
        parameters.set("email_address", emailAddress)
        parameters.set("phone_number", phoneNumber)
        parameters.set("hid_acs_system_id", hidAcsSystemId)
        switch accessSchedule {
        case nil: break
        case .null?: parameters["access_schedule"] = .null
        case .value(let schedule)?: parameters["access_schedule"] = schedule.parameterValue
        }
    }
}

/// `/acs/users/*`: residents and guests as one building knows them.
public struct AcsUsers: Sendable {
    let transport: SeamTransport

    /// `POST /acs/users/create`.
    public func create(_ parameters: AcsUserCreateParameters) async throws -> AcsUser {
        try await transport.value(.post, "/acs/users/create", parameters.requestParameters, key: "acs_user")
    }

    /// `GET /acs/users/get`.
    public func get(_ user: AcsUserReference) async throws -> AcsUser {
        var parameters = RequestParameters()
        user.add(to: &parameters)
        return try await transport.value(.get, "/acs/users/get", parameters, key: "acs_user")
    }

    /// `GET /acs/users/list`: one page.
    public func list(_ parameters: AcsUserListParameters = .init()) async throws -> Page<AcsUser> {
        try await transport.page(.get, "/acs/users/list", parameters.requestParameters, key: "acs_users")
    }

    /// Every page of `/acs/users/list`, following `next_page_cursor`.
    public func paginate(_ parameters: AcsUserListParameters = .init()) -> Paginator<AcsUser> {
        Paginator(parameters) { try await self.list($0) }
    }

    /// `PATCH /acs/users/update` (Seam answers only `ok`; fetch the user again to see it).
    public func update(_ user: AcsUserReference, _ changes: AcsUserUpdateParameters) async throws {
        var parameters = RequestParameters()
        user.add(to: &parameters)
        changes.add(to: &parameters)
        try await transport.void(.patch, "/acs/users/update", parameters)
    }

    /// `DELETE /acs/users/delete` (also invalidates the user's credentials).
    public func delete(_ user: AcsUserReference) async throws {
        var parameters = RequestParameters()
        user.add(to: &parameters)
        try await transport.void(.delete, "/acs/users/delete", parameters)
    }

    /// `POST /acs/users/suspend`.
    public func suspend(_ user: AcsUserReference) async throws {
        var parameters = RequestParameters()
        user.add(to: &parameters)
        try await transport.void(.post, "/acs/users/suspend", parameters)
    }

    /// `POST /acs/users/unsuspend`.
    public func unsuspend(_ user: AcsUserReference) async throws {
        var parameters = RequestParameters()
        user.add(to: &parameters)
        try await transport.void(.post, "/acs/users/unsuspend", parameters)
    }

    /// `POST /acs/users/revoke_access_to_all_entrances`.
    public func revokeAccessToAllEntrances(_ user: AcsUserReference) async throws {
        var parameters = RequestParameters()
        user.add(to: &parameters)
        try await transport.void(.post, "/acs/users/revoke_access_to_all_entrances", parameters)
    }

    /// `GET /acs/users/list_accessible_entrances`.
    public func listAccessibleEntrances(_ user: AcsUserReference) async throws -> [AcsEntrance] {
        var parameters = RequestParameters()
        user.add(to: &parameters)
        return try await transport.value(.get, "/acs/users/list_accessible_entrances", parameters, key: "acs_entrances")
    }
}
