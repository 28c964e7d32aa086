import Foundation

/// Body of `/user_identities/create`. Email, phone and key must be unique in the workspace.
public struct UserIdentityCreateParameters: Sendable, Equatable {
    public var fullName: String?
    public var emailAddress: String?
    /// E.164, e.g. `+15555550100`.
    public var phoneNumber: String?
    public var userIdentityKey: String?
    /// Systems in which to create (or link) an ACS user for this identity.
    public var acsSystemIds: [String]?

    public init(fullName: String? = nil, emailAddress: String? = nil, phoneNumber: String? = nil,
                userIdentityKey: String? = nil, acsSystemIds: [String]? = nil) {
        self.fullName = fullName
        self.emailAddress = emailAddress
        self.phoneNumber = phoneNumber
        self.userIdentityKey = userIdentityKey
        self.acsSystemIds = acsSystemIds
    }

    var requestParameters: RequestParameters {
        var parameters = RequestParameters()
        parameters.set("full_name", fullName)
        parameters.set("email_address", emailAddress)
        parameters.set("phone_number", phoneNumber)
        parameters.set("user_identity_key", userIdentityKey)
        parameters.set("acs_system_ids", acsSystemIds)
        return parameters
    }
}

/// Changes of `/user_identities/update`: `nil` leaves a field, `.null` clears it.
public struct UserIdentityUpdateParameters: Sendable, Equatable {
    public var fullName: Nullable<String>?
    public var emailAddress: Nullable<String>?
    public var phoneNumber: Nullable<String>?
    public var userIdentityKey: Nullable<String>?

    public init(fullName: Nullable<String>? = nil, emailAddress: Nullable<String>? = nil,
                phoneNumber: Nullable<String>? = nil, userIdentityKey: Nullable<String>? = nil) {
        self.fullName = fullName
        self.emailAddress = emailAddress
        self.phoneNumber = phoneNumber
        self.userIdentityKey = userIdentityKey
    }
}

/// Filters of `/user_identities/list`.
public struct UserIdentityListParameters: Sendable, Equatable, PageCursorParameters {
    public var search: String?
    public var userIdentityIds: [String]?
    public var credentialManagerAcsSystemId: String?
    public var createdBefore: Date?
    /// Page size (server default 500).
    public var limit: Int?
    public var pageCursor: String?

    public init(search: String? = nil, userIdentityIds: [String]? = nil, credentialManagerAcsSystemId: String? = nil,
                createdBefore: Date? = nil, limit: Int? = nil, pageCursor: String? = nil) {
        self.search = search
        self.userIdentityIds = userIdentityIds
        self.credentialManagerAcsSystemId = credentialManagerAcsSystemId
        self.createdBefore = createdBefore
        self.limit = limit
        self.pageCursor = pageCursor
    }

    var requestParameters: RequestParameters {
        var parameters = RequestParameters()
        parameters.set("search", search)
        parameters.set("user_identity_ids", userIdentityIds)
        parameters.set("credential_manager_acs_system_id", credentialManagerAcsSystemId)
        parameters.set("created_before", createdBefore)
        parameters.set("limit", limit)
        parameters.set("page_cursor", pageCursor)
        return parameters
    }
}

/// `/user_identities/*`: people across buildings.
public struct UserIdentities: Sendable {
    let transport: SeamTransport

    /// `/user_identities/enrollment_automations/*`.
    public var enrollmentAutomations: EnrollmentAutomations { EnrollmentAutomations(transport: transport) }

    /// `POST /user_identities/create`.
    public func create(_ parameters: UserIdentityCreateParameters) async throws -> UserIdentity {
        try await transport.value(.post, "/user_identities/create", parameters.requestParameters, key: "user_identity")
    }

    /// `GET /user_identities/get` by id.
    public func get(userIdentityId: String) async throws -> UserIdentity {
        var parameters = RequestParameters()
        parameters.set("user_identity_id", userIdentityId)
        return try await transport.value(.get, "/user_identities/get", parameters, key: "user_identity")
    }

    /// `GET /user_identities/get` by the workspace's own key for the person.
    public func get(userIdentityKey: String) async throws -> UserIdentity {
        var parameters = RequestParameters()
        parameters.set("user_identity_key", userIdentityKey)
        return try await transport.value(.get, "/user_identities/get", parameters, key: "user_identity")
    }

    /// `GET /user_identities/list`: one page.
    public func list(_ parameters: UserIdentityListParameters = .init()) async throws -> Page<UserIdentity> {
        try await transport.page(.get, "/user_identities/list", parameters.requestParameters, key: "user_identities")
    }

    /// Every page of `/user_identities/list`.
    public func paginate(_ parameters: UserIdentityListParameters = .init()) -> Paginator<UserIdentity> {
        Paginator(parameters) { try await self.list($0) }
    }

    /// `PATCH /user_identities/update` (answers only `ok`).
    public func update(userIdentityId: String, _ changes: UserIdentityUpdateParameters) async throws {
        var parameters = RequestParameters()
        parameters.set("user_identity_id", userIdentityId)
        parameters.set("full_name", changes.fullName)
        parameters.set("email_address", changes.emailAddress)
        parameters.set("phone_number", changes.phoneNumber)
        parameters.set("user_identity_key", changes.userIdentityKey)
        try await transport.void(.patch, "/user_identities/update", parameters)
    }

    /// `DELETE /user_identities/delete` (also deletes its ACS users and their credentials).
    public func delete(userIdentityId: String) async throws {
        var parameters = RequestParameters()
        parameters.set("user_identity_id", userIdentityId)
        try await transport.void(.delete, "/user_identities/delete", parameters)
    }

    /// `PUT /user_identities/add_acs_user`: links an ACS user (at most one per system).
    public func addAcsUser(userIdentityId: String, acsUserId: String) async throws {
        var parameters = RequestParameters()
        parameters.set("user_identity_id", userIdentityId)
        parameters.set("acs_user_id", acsUserId)
        try await transport.void(.put, "/user_identities/add_acs_user", parameters)
    }

    /// `DELETE /user_identities/remove_acs_user`: unlinks an ACS user.
    public func removeAcsUser(userIdentityId: String, acsUserId: String) async throws {
        var parameters = RequestParameters()
        parameters.set("user_identity_id", userIdentityId)
        parameters.set("acs_user_id", acsUserId)
        try await transport.void(.delete, "/user_identities/remove_acs_user", parameters)
    }

    /// `GET /user_identities/list_acs_users`.
    public func listAcsUsers(userIdentityId: String) async throws -> [AcsUser] {
        var parameters = RequestParameters()
        parameters.set("user_identity_id", userIdentityId)
        return try await transport.value(.get, "/user_identities/list_acs_users", parameters, key: "acs_users")
    }

    /// `GET /user_identities/list_accessible_entrances`: the doors the person can open, across buildings.
    public func listAccessibleEntrances(userIdentityId: String) async throws -> [AcsEntrance] {
        var parameters = RequestParameters()
        parameters.set("user_identity_id", userIdentityId)
        return try await transport.value(
            .get, "/user_identities/list_accessible_entrances", parameters, key: "acs_entrances")
    }

    /// `GET /user_identities/list_acs_systems`.
    public func listAcsSystems(userIdentityId: String) async throws -> [AcsSystem] {
        var parameters = RequestParameters()
        parameters.set("user_identity_id", userIdentityId)
        return try await transport.value(.get, "/user_identities/list_acs_systems", parameters, key: "acs_systems")
    }
}
