/// The `:` prompt: a command name typed, run on Enter (`:users`, `:audit`, `:q`), completed
/// with Tab. The names come from the key registry, so `:` knows every command `?` lists.
public struct CommandBar: Sendable, Equatable {
    public var draft = TextDraft()
    /// What Tab found when there was nothing to complete ("Commands: :users :audit …"), shown
    /// on the prompt line until the next key.
    public var suggestions: String?

    public init() {}
}
