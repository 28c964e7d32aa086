import ConsoleCore
import ConsoleUI
import Testing

extension ConsoleDriver {
    /// In the wizard's current flow (a building without a credential manager), from the key
    /// step: chooses the first entrance whose name matches `door`, and creates the key after the
    /// review. Enter is sent without waiting for the console to settle (the wizard follows the
    /// key until Latch issues it): the caller waits for what it needs next, issued or only made.
    func createKeyInShortFlow(door: String) async throws {
        try await waitFor("Step 3/5 · the mobile key")
        try await app.waitUntil { $0.state.wizard?.entrances != nil }
        try await type(door.lowercased())
        try await press(.character(" "), .enter)
        try await waitFor("Step 4/5")
        app.send(.key(.enter))
    }
}
