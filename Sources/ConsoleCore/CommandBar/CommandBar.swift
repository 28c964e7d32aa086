/// The `:` prompt: a command name typed, run on Enter (`:users`, `:audit`, `:q`), completed
/// with Tab. The names come from the key registry, so `:` knows every command `?` lists.
public struct CommandBar: Sendable, Equatable {
    public var draft = TextDraft()

    public init() {}
}
