/// One page of a paginated list route: the items and where the next page starts.
public struct Page<Item: Sendable>: Sendable {
    public var items: [Item]
    /// `nil` when the server sent no `pagination` object.
    public var pagination: Pagination?

    public init(items: [Item], pagination: Pagination?) {
        self.items = items
        self.pagination = pagination
    }

    /// The cursor of the next page, or `nil` when this is the last one.
    public var nextPageCursor: String? {
        guard let pagination, pagination.hasNextPage else { return nil }
        return pagination.nextPageCursor
    }
}

extension Page: Equatable where Item: Equatable {}
