/// The `pagination` object of a paginated list: where the next page starts, if anywhere.
public struct Pagination: Codable, Sendable, Equatable {
    public var hasNextPage: Bool
    public var nextPageCursor: String?
    public var nextPageUrl: String?

    public init(hasNextPage: Bool, nextPageCursor: String? = nil, nextPageUrl: String? = nil) {
        self.hasNextPage = hasNextPage
        self.nextPageCursor = nextPageCursor
        self.nextPageUrl = nextPageUrl
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        // The Python paginator reads a missing has_next_page as false.
        hasNextPage = try container.decodeIfPresent(Bool.self, forKey: .hasNextPage) ?? false
        nextPageCursor = try container.decodeIfPresent(String.self, forKey: .nextPageCursor)
        nextPageUrl = try container.decodeIfPresent(String.self, forKey: .nextPageUrl)
    }

    enum CodingKeys: String, CodingKey {
        case hasNextPage = "has_next_page", nextPageCursor = "next_page_cursor", nextPageUrl = "next_page_url"
    }
}
