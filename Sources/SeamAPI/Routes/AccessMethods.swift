/// Filters of `/access_methods/list`.
public struct AccessMethodListParameters: Sendable, Equatable, PageCursorParameters {
    public var accessGrantId: String?
    public var accessGrantKey: String?
    public var acsEntranceId: String?
    public var spaceId: String?
    public var deviceId: String?
    /// Page size (server default 500).
    public var limit: Int?
    public var pageCursor: String?

    public init(accessGrantId: String? = nil, accessGrantKey: String? = nil, acsEntranceId: String? = nil,
                spaceId: String? = nil, deviceId: String? = nil, limit: Int? = nil, pageCursor: String? = nil) {
        self.accessGrantId = accessGrantId
        self.accessGrantKey = accessGrantKey
        self.acsEntranceId = acsEntranceId
        self.spaceId = spaceId
        self.deviceId = deviceId
        self.limit = limit
        self.pageCursor = pageCursor
    }

    var requestParameters: RequestParameters {
        var parameters = RequestParameters()
        parameters.set("access_grant_id", accessGrantId)
        parameters.set("access_grant_key", accessGrantKey)
        parameters.set("acs_entrance_id", acsEntranceId)
        parameters.set("space_id", spaceId)
        parameters.set("device_id", deviceId)
        parameters.set("limit", limit)
        parameters.set("page_cursor", pageCursor)
        return parameters
    }
}

/// `/access_methods/*`: the PINs, mobile keys and cards that Access Grants produced.
public struct AccessMethods: Sendable {
    let transport: SeamTransport

    /// `GET /access_methods/get`.
    public func get(accessMethodId: String) async throws -> AccessMethod {
        var parameters = RequestParameters()
        parameters.set("access_method_id", accessMethodId)
        return try await transport.value(.get, "/access_methods/get", parameters, key: "access_method")
    }

    /// `GET /access_methods/list`: one page.
    public func list(_ parameters: AccessMethodListParameters = .init()) async throws -> Page<AccessMethod> {
        try await transport.page(.get, "/access_methods/list", parameters.requestParameters, key: "access_methods")
    }

    /// Every page of `/access_methods/list`.
    public func paginate(_ parameters: AccessMethodListParameters = .init()) -> Paginator<AccessMethod> {
        Paginator(parameters) { try await self.list($0) }
    }

    /// `DELETE /access_methods/delete`: revokes one access method.
    public func delete(accessMethodId: String) async throws {
        var parameters = RequestParameters()
        parameters.set("access_method_id", accessMethodId)
        try await transport.void(.delete, "/access_methods/delete", parameters)
    }

    /// `GET /access_methods/get_related`: the access methods with their grants, entrances,
    /// credentials…; `include` keeps only those kinds, `exclude` drops some.
    public func getRelated(
        accessMethodIds: [String], include: [ResourceBatch.Kind]? = nil, exclude: [ResourceBatch.Kind]? = nil
    ) async throws -> ResourceBatch {
        var parameters = RequestParameters()
        parameters.set("access_method_ids", accessMethodIds)
        parameters.set("include", include?.map(\.rawValue))
        parameters.set("exclude", exclude?.map(\.rawValue))
        return try await transport.value(.get, "/access_methods/get_related", parameters, key: "batch")
    }
}
