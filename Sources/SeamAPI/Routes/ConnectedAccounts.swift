/// Filters of `/connected_accounts/list`.
public struct ConnectedAccountListParameters: Sendable, Equatable, PageCursorParameters {
    /// Partial match on the id, account type, customer key, metadata or sign-in.
    public var search: String?
    public var customerKey: String?
    public var spaceId: String?
    public var userIdentifierKey: String?
    /// Page size (server default 11,000).
    public var limit: Int?
    public var pageCursor: String?

    public init(search: String? = nil, customerKey: String? = nil, spaceId: String? = nil,
                userIdentifierKey: String? = nil, limit: Int? = nil, pageCursor: String? = nil) {
        self.search = search
        self.customerKey = customerKey
        self.spaceId = spaceId
        self.userIdentifierKey = userIdentifierKey
        self.limit = limit
        self.pageCursor = pageCursor
    }

    var requestParameters: RequestParameters {
        var parameters = RequestParameters()
        parameters.set("search", search)
        parameters.set("customer_key", customerKey)
        parameters.set("space_id", spaceId)
        parameters.set("user_identifier_key", userIdentifierKey)
        parameters.set("limit", limit)
        parameters.set("page_cursor", pageCursor)
        return parameters
    }
}

/// `/connected_accounts/*`: the provider accounts the buildings come from.
public struct ConnectedAccounts: Sendable {
    let transport: SeamTransport

    /// `GET /connected_accounts/get` by id.
    public func get(connectedAccountId: String) async throws -> ConnectedAccount {
        var parameters = RequestParameters()
        parameters.set("connected_account_id", connectedAccountId)
        return try await transport.value(.get, "/connected_accounts/get", parameters, key: "connected_account")
    }

    /// `GET /connected_accounts/get` by the email address the account signed in with.
    public func get(email: String) async throws -> ConnectedAccount {
        var parameters = RequestParameters()
        parameters.set("email", email)
        return try await transport.value(.get, "/connected_accounts/get", parameters, key: "connected_account")
    }

    /// `GET /connected_accounts/list`: one page.
    public func list(_ parameters: ConnectedAccountListParameters = .init()) async throws -> Page<ConnectedAccount> {
        try await transport.page(
            .get, "/connected_accounts/list", parameters.requestParameters, key: "connected_accounts")
    }

    /// Every page of `/connected_accounts/list`.
    public func paginate(_ parameters: ConnectedAccountListParameters = .init()) -> Paginator<ConnectedAccount> {
        Paginator(parameters) { try await self.list($0) }
    }
}
