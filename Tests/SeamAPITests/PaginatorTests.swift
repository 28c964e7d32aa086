import Testing
@testable import SeamAPI

/// The paginator's stopping rules, over a scripted page source (the sandbox never repeats a
/// cursor, so the repeated-cursor rule can only be exercised this way).
@Suite struct PaginatorTests {
    actor Requests {
        var cursors: [String?] = []
        func record(_ cursor: String?) { cursors.append(cursor) }
    }

    func paginator(_ pages: [String?: (items: [Int], next: Pagination?)], requests: Requests) -> Paginator<Int> {
        Paginator { cursor in
            await requests.record(cursor)
            let page = try #require(pages[cursor])
            return Page(items: page.items, pagination: page.next)
        }
    }

    @Test func followsCursorsUntilHasNextPageIsFalse() async throws {
        let requests = Requests()
        let items = paginator([
            nil: ([1, 2], Pagination(hasNextPage: true, nextPageCursor: "c1")),
            "c1": ([3, 4], Pagination(hasNextPage: true, nextPageCursor: "c2")),
            "c2": ([5], Pagination(hasNextPage: false, nextPageCursor: nil)),
        ], requests: requests).items
        var seen: [Int] = []
        for try await item in items { seen.append(item) }
        #expect(seen == [1, 2, 3, 4, 5])
        #expect(await requests.cursors == [nil, "c1", "c2"])
    }

    @Test func stopsOnARepeatedCursor() async throws {
        let requests = Requests()
        let pages = paginator([
            nil: ([1], Pagination(hasNextPage: true, nextPageCursor: "a")),
            "a": ([2], Pagination(hasNextPage: true, nextPageCursor: "b")),
            "b": ([3], Pagination(hasNextPage: true, nextPageCursor: "a")),
        ], requests: requests)
        #expect(try await pages.collectAll() == [1, 2, 3])
        #expect(await requests.cursors == [nil, "a", "b"])
    }

    @Test func stopsOnANullCursorOrMissingPagination() async throws {
        let requests = Requests()
        let nullCursor = paginator([nil: ([1], Pagination(hasNextPage: true, nextPageCursor: nil))], requests: requests)
        #expect(try await nullCursor.collectAll() == [1])
        let missing = paginator([nil: ([7, 8], nil)], requests: requests)
        #expect(try await missing.collectAll() == [7, 8])
        #expect(await requests.cursors == [nil, nil])
    }

    @Test func emptyPagesInTheMiddleAreSkipped() async throws {
        let requests = Requests()
        let items = paginator([
            nil: ([], Pagination(hasNextPage: true, nextPageCursor: "x")),
            "x": ([9], Pagination(hasNextPage: false)),
        ], requests: requests).items
        var seen: [Int] = []
        for try await item in items { seen.append(item) }
        #expect(seen == [9])
    }
}
