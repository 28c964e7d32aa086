/// Walks a paginated list route page by page, as the SDKs' paginator does: it asks again with
/// `page_cursor = next_page_cursor`, and stops when `has_next_page` is false, the cursor is null,
/// or a cursor comes back that was already followed. Iterate it for pages, or `.items` for items.
public struct Paginator<Item: Sendable>: AsyncSequence, Sendable {
    public typealias Element = Page<Item>

    /// Fetches the page at a cursor (`nil` = the first page).
    public typealias PageFetcher = @Sendable (_ cursor: String?) async throws -> Page<Item>

    let fetchPage: PageFetcher

    public init(fetchPage: @escaping PageFetcher) {
        self.fetchPage = fetchPage
    }

    public func makeAsyncIterator() -> Iterator {
        Iterator(fetchPage: fetchPage)
    }

    /// The items of every page, in order.
    public var items: Items { Items(pages: self) }

    /// Reads every page and returns all items (for lists known to be small).
    public func collectAll() async throws -> [Item] {
        var all: [Item] = []
        for try await page in self { all += page.items }
        return all
    }

    /// Page iterator; not shareable between tasks.
    public struct Iterator: AsyncIteratorProtocol {
        let fetchPage: PageFetcher
        var nextCursor: String?
        var finished = false
        var seenCursors: Set<String> = []

        init(fetchPage: @escaping PageFetcher) {
            self.fetchPage = fetchPage
        }

        public mutating func next() async throws -> Page<Item>? {
            guard !finished else { return nil }
            let page = try await fetchPage(nextCursor)
            if let cursor = page.nextPageCursor, !seenCursors.contains(cursor) {
                seenCursors.insert(cursor)
                nextCursor = cursor
            } else {
                finished = true
            }
            return page
        }
    }

    /// The items of a `Paginator`, flattened.
    public struct Items: AsyncSequence, Sendable {
        public typealias Element = Item
        let pages: Paginator

        public func makeAsyncIterator() -> Iterator {
            Iterator(pages: pages.makeAsyncIterator())
        }

        /// Item iterator; not shareable between tasks.
        public struct Iterator: AsyncIteratorProtocol {
            var pages: Paginator.Iterator
            var buffer: [Item] = []
            var index = 0

            public mutating func next() async throws -> Item? {
                while index >= buffer.count {
                    guard let page = try await pages.next() else { return nil }
                    buffer = page.items
                    index = 0
                }
                defer { index += 1 }
                return buffer[index]
            }
        }
    }
}
