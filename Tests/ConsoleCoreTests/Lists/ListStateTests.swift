import ConsoleCore
import Testing

private struct Fruit: ListRow {
    let id: String
    let name: String
    static let columns = [ListColumn("Name", width: .flexible(min: 10, weight: 1))]
    func text(forColumn column: Int) -> String { name }
    var searchText: String { name.lowercased() }
}

private func fruits(_ names: [String], from start: Int = 0) -> [Fruit] {
    names.enumerated().map { Fruit(id: "f\(start + $0)", name: $1) }
}

@Suite struct ListStateTests {
    @Test func firstPageSelectsTheFirstRowAndCountsMore() {
        var list = ListState<Fruit>()
        let generation = list.beginQuery()
        list.receiveFirstPage(fruits(["apple", "banana"]), nextCursor: "c1", generation: generation)
        #expect(list.selectedRow?.name == "apple")
        #expect(list.countLabel == "2+")
        #expect(list.phase == .idle)
    }

    @Test func staleResultsAreDropped() {
        var list = ListState<Fruit>()
        let old = list.beginQuery()
        let current = list.beginQuery()
        let acceptedStale = list.receiveFirstPage(fruits(["stale"]), nextCursor: nil, generation: old)
        #expect(!acceptedStale)
        #expect(list.count == 0)
        let acceptedFresh = list.receiveFirstPage(fruits(["fresh"]), nextCursor: nil, generation: current)
        #expect(acceptedFresh)
        #expect(list.selectedRow?.name == "fresh")
    }

    @Test func refreshKeepsTheSelectionById() {
        var list = ListState<Fruit>()
        list.receiveFirstPage(fruits(["a", "b", "c"]), nextCursor: nil, generation: list.beginQuery())
        list.select(id: "f2")
        // The refreshed page has a new row in front: the selection follows "f2", not position 2.
        let refreshed = [Fruit(id: "new", name: "z")] + fruits(["a", "b", "c"])
        list.receiveFirstPage(refreshed, nextCursor: nil, generation: list.beginQuery())
        #expect(list.selectedID == "f2")
        #expect(list.cursor == 3)
    }

    @Test func nextPageAppendsOnceAndUpdatesDuplicates() {
        var list = ListState<Fruit>()
        list.receiveFirstPage(fruits(["a", "b"]), nextCursor: "c1", generation: list.beginQuery())
        let request = list.beginNextPage()
        #expect(request?.cursor == "c1")
        let second = list.beginNextPage()
        #expect(second == nil, "a second request must not start while one is in flight")
        let page = [Fruit(id: "f1", name: "b2")] + fruits(["c"], from: 2)
        list.receiveNextPage(page, nextCursor: nil, generation: request!.generation)
        #expect(list.count == 3)
        #expect(list.row(at: 1)?.name == "b2")
        #expect(!list.hasMore)
    }

    @Test func filterNarrowsAndClearingRestoresTheSelection() {
        var list = ListState<Fruit>()
        list.receiveFirstPage(fruits(["apple", "banana", "apricot"]), nextCursor: nil, generation: list.beginQuery())
        list.select(id: "f2")
        list.setFilter("AP")
        #expect(list.count == 2)
        #expect(list.selectedRow?.name == "apricot")
        list.setFilter("zzz")
        #expect(list.count == 0)
        #expect(list.selectedRow == nil)
        list.setFilter("")
        #expect(list.count == 3)
    }

    @Test func sortCyclesAscendingDescendingThenApiOrder() {
        var list = ListState<Fruit>()
        list.receiveFirstPage(fruits(["b", "c", "a"]), nextCursor: nil, generation: list.beginQuery())
        list.cycleSort(column: 0)
        #expect((0..<3).map { list.row(at: $0)!.name } == ["a", "b", "c"])
        list.cycleSort(column: 0)
        #expect((0..<3).map { list.row(at: $0)!.name } == ["c", "b", "a"])
        list.cycleSort(column: 0)
        #expect((0..<3).map { list.row(at: $0)!.name } == ["b", "c", "a"])
    }

    @Test func scrollingKeepsTheCursorInTheViewport() {
        var list = ListState<Fruit>()
        list.receiveFirstPage(fruits((0..<100).map { "row \($0)" }), nextCursor: "more", generation: list.beginQuery())
        list.moveSelection(by: 30)
        list.scrollToCursor(viewportHeight: 10)
        #expect(list.scrollTop == 21)
        list.moveSelection(by: -25)
        list.scrollToCursor(viewportHeight: 10)
        #expect(list.scrollTop == 5)
        #expect(!list.wantsNextPage(viewportHeight: 10))
        list.moveSelection(by: 1_000)
        #expect(list.cursor == 99)
        #expect(list.wantsNextPage(viewportHeight: 10))
    }

    @Test func removingTheSelectedRowSelectsItsNeighbour() {
        var list = ListState<Fruit>()
        list.receiveFirstPage(fruits(["a", "b", "c"]), nextCursor: nil, generation: list.beginQuery())
        list.select(id: "f1")
        list.remove(id: "f1")
        #expect(list.selectedRow?.name == "c")
        #expect(list.count == 2)
    }
}
