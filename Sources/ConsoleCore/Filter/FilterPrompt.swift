/// The `/` prompt: a filter being typed for one pane. The pane filters its loaded rows at each
/// key; the API is asked for the search once typing pauses (one request per pause, not per key).
public struct FilterPrompt: Sendable, Equatable {
    /// The pane being filtered.
    public let pane: ListPane
    public var draft: TextDraft
    /// The filter when `/` was pressed; Esc goes back to it.
    public let previous: String

    public init(pane: ListPane, text: String) {
        self.pane = pane
        self.draft = TextDraft(text)
        self.previous = text
    }
}
