import ConsoleCore
import Testing
@testable import ConsoleUI

@Suite struct MultiSelectTests {
    let items = [
        MultiSelectItem(id: "e1", label: "Main Lobby"),
        MultiSelectItem(id: "e2", label: "Garage"),
        MultiSelectItem(id: "e3", label: "Rooftop Café"),
        MultiSelectItem(id: "e4", label: "Lobby side door"),
    ]

    @Test func filterIsCaseAndAccentInsensitive() {
        var state = MultiSelectState(items: items)
        for c in "LOBBY" { state.handle(.character(c)) }
        #expect(state.visibleIndices == [0, 3])
        state.setFilter("cafe")
        #expect(state.visibleIndices == [2])
        state.setFilter("zzz")
        #expect(state.visibleIndices.isEmpty && state.highlightedItem == nil)
    }

    @Test func spaceTogglesAndSelectAllCoversOnlyShownItems() {
        var state = MultiSelectState(items: items)
        state.handle(.down)
        state.handle(.character(" "))
        #expect(state.selectedIDs == ["e2"])
        state.setFilter("lobby")
        state.handle(.control("a"))
        #expect(state.selectedIDs == ["e1", "e2", "e4"])
        state.handle(.control("a"))
        #expect(state.selectedIDs == ["e2"])
        state.handle(.backspace)
        #expect(state.filter.text == "lobb")
        let result1 = state.handle(.enter)
        #expect(!result1)
    }

    @Test func highlightStaysInsideTheFilteredList() {
        var state = MultiSelectState(items: items)
        state.handle(.pageDown)
        #expect(state.highlighted == 3)
        state.setFilter("garage")
        #expect(state.highlighted == 0)
        #expect(state.highlightedItem?.id == "e2")
    }
}
