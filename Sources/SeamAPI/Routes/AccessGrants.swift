/// `/access_grants/*`: access for a person to places for a time, with the access methods Seam
/// creates for it.
public struct AccessGrants: Sendable {
    let transport: SeamTransport

    /// `POST /access_grants/create` (never retried; give an `accessGrantKey` to make a repeat harmless).
    public func create(_ parameters: AccessGrantCreateParameters) async throws -> AccessGrant {
        try await transport.value(.post, "/access_grants/create", parameters.requestParameters, key: "access_grant")
    }

    /// `GET /access_grants/get`.
    public func get(_ grant: AccessGrantReference) async throws -> AccessGrant {
        var parameters = RequestParameters()
        grant.add(to: &parameters)
        return try await transport.value(.get, "/access_grants/get", parameters, key: "access_grant")
    }

    /// `GET /access_grants/list`: one page.
    public func list(_ parameters: AccessGrantListParameters = .init()) async throws -> Page<AccessGrant> {
        try await transport.page(.get, "/access_grants/list", parameters.requestParameters, key: "access_grants")
    }

    /// Every page of `/access_grants/list`.
    public func paginate(_ parameters: AccessGrantListParameters = .init()) -> Paginator<AccessGrant> {
        Paginator(parameters) { try await self.list($0) }
    }

    /// `PATCH /access_grants/update` (Seam answers only `ok`; fetch the grant again to see it).
    public func update(_ grant: AccessGrantReference, _ changes: AccessGrantUpdateParameters) async throws {
        var parameters = RequestParameters()
        grant.add(to: &parameters)
        changes.add(to: &parameters)
        try await transport.void(.patch, "/access_grants/update", parameters)
    }

    /// `DELETE /access_grants/delete`.
    public func delete(accessGrantId: String) async throws {
        var parameters = RequestParameters()
        parameters.set("access_grant_id", accessGrantId)
        try await transport.void(.delete, "/access_grants/delete", parameters)
    }

    /// `POST /access_grants/request_access_methods`: asks for more access methods on a grant.
    public func requestAccessMethods(accessGrantId: String, _ requests: [AccessMethodRequest]) async throws
        -> AccessGrant
    {
        var parameters = RequestParameters()
        parameters.set("access_grant_id", accessGrantId)
        parameters["requested_access_methods"] = .array(requests.map(\.parameterValue))
        return try await transport.value(
            .post, "/access_grants/request_access_methods", parameters, key: "access_grant")
    }

    /// `GET /access_grants/get_related`: the grants with what they touch (entrances, systems,
    /// user identities, access methods…). `include` keeps only those kinds, `exclude` drops some.
    public func getRelated(
        accessGrantIds: [String]? = nil, accessGrantKeys: [String]? = nil, include: [ResourceBatch.Kind]? = nil,
        exclude: [ResourceBatch.Kind]? = nil
    ) async throws -> ResourceBatch {
        var parameters = RequestParameters()
        parameters.set("access_grant_ids", accessGrantIds)
        parameters.set("access_grant_keys", accessGrantKeys)
        parameters.set("include", include?.map(\.rawValue))
        parameters.set("exclude", exclude?.map(\.rawValue))
        return try await transport.value(.get, "/access_grants/get_related", parameters, key: "batch")
    }
}
