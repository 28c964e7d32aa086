import ConsoleCore
import ConsoleUI
import Testing

extension ConsoleDriver {
    /// Scopes the console to the named building (Enter on it in the Systems pane), detail closed.
    @discardableResult
    func scope(to name: String) async throws -> String {
        try await press(.character("1"))
        let rows = state.systems.rows
        let index = try #require(rows.firstIndex { $0.name == name }, "no building named \(name)")
        try await press(.home)
        for _ in 0..<index { try await press(.down) }
        try await press(.enter)
        try await press(.escape)
        return rows[index].id
    }

    /// Focuses `pane` and moves its selection to the row with `id`.
    func select(row id: String, in pane: ListPane) async throws {
        try await press(.character(Character(String(pane.number))))
        let list = state.list(pane)
        let ids = (0..<list.count).map { list.rowID(at: $0) }
        let position = try #require(ids.firstIndex(of: id), "\(id) is not in the \(pane.noun) pane")
        try await press(.home)
        for _ in 0..<position { app.send(.key(.down)) }
        try await app.waitUntilIdle()
        #expect(state.list(pane).selectedID == id)
    }
}
