/// Filters of `/acs/entrances/list`.
public struct AcsEntranceListParameters: Sendable, Equatable, PageCursorParameters {
    public var acsSystemId: String?
    public var acsCredentialId: String?
    /// The doors an Access Grant's access method opens.
    public var accessMethodId: String?
    public var acsEntranceIds: [String]?
    public var connectedAccountId: String?
    public var spaceId: String?
    public var search: String?
    /// Page size (server default 900 here).
    public var limit: Int?
    public var pageCursor: String?

    public init(acsSystemId: String? = nil, acsCredentialId: String? = nil, accessMethodId: String? = nil,
                acsEntranceIds: [String]? = nil, connectedAccountId: String? = nil, spaceId: String? = nil,
                search: String? = nil, limit: Int? = nil, pageCursor: String? = nil) {
        self.acsSystemId = acsSystemId
        self.acsCredentialId = acsCredentialId
        self.accessMethodId = accessMethodId
        self.acsEntranceIds = acsEntranceIds
        self.connectedAccountId = connectedAccountId
        self.spaceId = spaceId
        self.search = search
        self.limit = limit
        self.pageCursor = pageCursor
    }

    var requestParameters: RequestParameters {
        var parameters = RequestParameters()
        parameters.set("acs_system_id", acsSystemId)
        parameters.set("acs_credential_id", acsCredentialId)
        parameters.set("access_method_id", accessMethodId)
        parameters.set("acs_entrance_ids", acsEntranceIds)
        parameters.set("connected_account_id", connectedAccountId)
        parameters.set("space_id", spaceId)
        parameters.set("search", search)
        parameters.set("limit", limit)
        parameters.set("page_cursor", pageCursor)
        return parameters
    }
}

/// `/acs/entrances/*`: the doors.
public struct AcsEntrances: Sendable {
    let transport: SeamTransport

    /// `GET /acs/entrances/list`: one page.
    public func list(_ parameters: AcsEntranceListParameters = .init()) async throws -> Page<AcsEntrance> {
        try await transport.page(.get, "/acs/entrances/list", parameters.requestParameters, key: "acs_entrances")
    }

    /// Every page of `/acs/entrances/list`.
    public func paginate(_ parameters: AcsEntranceListParameters = .init()) -> Paginator<AcsEntrance> {
        Paginator(parameters) { try await self.list($0) }
    }

    /// `GET /acs/entrances/get`.
    public func get(acsEntranceId: String) async throws -> AcsEntrance {
        var parameters = RequestParameters()
        parameters.set("acs_entrance_id", acsEntranceId)
        return try await transport.value(.get, "/acs/entrances/get", parameters, key: "acs_entrance")
    }

    /// `GET /acs/entrances/list_credentials_with_access`: who can open this door.
    public func listCredentialsWithAccess(acsEntranceId: String, includeIf: [String]? = nil) async throws
        -> [AcsCredential]
    {
        var parameters = RequestParameters()
        parameters.set("acs_entrance_id", acsEntranceId)
        parameters.set("include_if", includeIf)
        return try await transport.value(
            .get, "/acs/entrances/list_credentials_with_access", parameters, key: "acs_credentials")
    }
}
