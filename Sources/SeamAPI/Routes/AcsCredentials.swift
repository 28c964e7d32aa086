import Foundation

/// Body of `/acs/credentials/create`. With Latch, leave `code` nil (the building generates the
/// PIN), give one entrance for a `code` credential and one or more for a `mobile_key`.
public struct AcsCredentialCreateParameters: Sendable, Equatable {
    /// `acs_user_id`, or `user_identity_id` + `acs_system_id`.
    public var owner: AcsUserReference
    public var accessMethod: AccessMode
    public var allowedAcsEntranceIds: [String]?
    public var startsAt: Date?
    public var endsAt: Date?
    public var isMultiPhoneSyncCredential: Bool?
    public var code: String?
    public var credentialManagerAcsSystemId: String?

    public init(owner: AcsUserReference, accessMethod: AccessMode, allowedAcsEntranceIds: [String]? = nil,
                startsAt: Date? = nil, endsAt: Date? = nil, isMultiPhoneSyncCredential: Bool? = nil,
                code: String? = nil, credentialManagerAcsSystemId: String? = nil) {
        self.owner = owner
        self.accessMethod = accessMethod
        self.allowedAcsEntranceIds = allowedAcsEntranceIds
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.isMultiPhoneSyncCredential = isMultiPhoneSyncCredential
        self.code = code
        self.credentialManagerAcsSystemId = credentialManagerAcsSystemId
    }

    var requestParameters: RequestParameters {
        var parameters = RequestParameters()
        owner.add(to: &parameters)
        parameters.set("access_method", accessMethod.rawValue)
        parameters.set("allowed_acs_entrance_ids", allowedAcsEntranceIds)
        parameters.set("starts_at", startsAt)
        parameters.set("ends_at", endsAt)
        parameters.set("is_multi_phone_sync_credential", isMultiPhoneSyncCredential)
        parameters.set("code", code)
        parameters.set("credential_manager_acs_system_id", credentialManagerAcsSystemId)
        return parameters
    }
}

/// Filters of `/acs/credentials/list`.
public struct AcsCredentialListParameters: Sendable, Equatable, PageCursorParameters {
    public var acsSystemId: String?
    public var acsUserId: String?
    public var userIdentityId: String?
    public var isMultiPhoneSyncCredential: Bool?
    public var search: String?
    public var createdBefore: Date?
    /// Page size (server default 500).
    public var limit: Int?
    public var pageCursor: String?

    public init(acsSystemId: String? = nil, acsUserId: String? = nil, userIdentityId: String? = nil,
                isMultiPhoneSyncCredential: Bool? = nil, search: String? = nil, createdBefore: Date? = nil,
                limit: Int? = nil, pageCursor: String? = nil) {
        self.acsSystemId = acsSystemId
        self.acsUserId = acsUserId
        self.userIdentityId = userIdentityId
        self.isMultiPhoneSyncCredential = isMultiPhoneSyncCredential
        self.search = search
        self.createdBefore = createdBefore
        self.limit = limit
        self.pageCursor = pageCursor
    }

    var requestParameters: RequestParameters {
        var parameters = RequestParameters()
        parameters.set("acs_system_id", acsSystemId)
        parameters.set("acs_user_id", acsUserId)
        parameters.set("user_identity_id", userIdentityId)
        parameters.set("is_multi_phone_sync_credential", isMultiPhoneSyncCredential)
        parameters.set("search", search)
        parameters.set("created_before", createdBefore)
        parameters.set("limit", limit)
        parameters.set("page_cursor", pageCursor)
        return parameters
    }
}

/// `/acs/credentials/*`: PIN codes and mobile keys.
public struct AcsCredentials: Sendable {
    let transport: SeamTransport

    /// `POST /acs/credentials/create` (never retried).
    public func create(_ parameters: AcsCredentialCreateParameters) async throws -> AcsCredential {
        try await transport.value(.post, "/acs/credentials/create", parameters.requestParameters, key: "acs_credential")
    }

    /// `GET /acs/credentials/get`.
    public func get(acsCredentialId: String) async throws -> AcsCredential {
        var parameters = RequestParameters()
        parameters.set("acs_credential_id", acsCredentialId)
        return try await transport.value(.get, "/acs/credentials/get", parameters, key: "acs_credential")
    }

    /// `GET /acs/credentials/list`: one page.
    public func list(_ parameters: AcsCredentialListParameters = .init()) async throws -> Page<AcsCredential> {
        try await transport.page(.get, "/acs/credentials/list", parameters.requestParameters, key: "acs_credentials")
    }

    /// Every page of `/acs/credentials/list`.
    public func paginate(_ parameters: AcsCredentialListParameters = .init()) -> Paginator<AcsCredential> {
        Paginator(parameters) { try await self.list($0) }
    }

    /// `PATCH /acs/credentials/update`. Returns the credential when the server includes it (Seam does).
    @discardableResult
    public func update(acsCredentialId: String, code: String? = nil, endsAt: Date? = nil) async throws
        -> AcsCredential?
    {
        var parameters = RequestParameters()
        parameters.set("acs_credential_id", acsCredentialId)
        parameters.set("code", code)
        parameters.set("ends_at", endsAt)
        return try await transport.optionalValue(.patch, "/acs/credentials/update", parameters, key: "acs_credential")
    }

    /// `DELETE /acs/credentials/delete`.
    public func delete(acsCredentialId: String) async throws {
        var parameters = RequestParameters()
        parameters.set("acs_credential_id", acsCredentialId)
        try await transport.void(.delete, "/acs/credentials/delete", parameters)
    }

    /// `PATCH /acs/credentials/assign`.
    @discardableResult
    public func assign(acsCredentialId: String, to holder: CredentialHolder) async throws -> AcsCredential? {
        var parameters = RequestParameters()
        parameters.set("acs_credential_id", acsCredentialId)
        holder.add(to: &parameters)
        return try await transport.optionalValue(.patch, "/acs/credentials/assign", parameters, key: "acs_credential")
    }

    /// `PATCH /acs/credentials/unassign`.
    @discardableResult
    public func unassign(acsCredentialId: String, from holder: CredentialHolder) async throws -> AcsCredential? {
        var parameters = RequestParameters()
        parameters.set("acs_credential_id", acsCredentialId)
        holder.add(to: &parameters)
        return try await transport.optionalValue(
            .patch, "/acs/credentials/unassign", parameters, key: "acs_credential")
    }

    /// `GET /acs/credentials/list_accessible_entrances`: the doors this credential opens.
    public func listAccessibleEntrances(acsCredentialId: String) async throws -> [AcsEntrance] {
        var parameters = RequestParameters()
        parameters.set("acs_credential_id", acsCredentialId)
        return try await transport.value(
            .get, "/acs/credentials/list_accessible_entrances", parameters, key: "acs_entrances")
    }
}
