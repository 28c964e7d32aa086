import SeamAPI

/// The open detail pane: its target, whether its data has arrived, and the few things the
/// user can change inside it (revealing a PIN, scrolling).
public struct DetailState: Sendable, Equatable {
    public enum Phase: Sendable, Equatable {
        case loading
        case loaded(DetailContent)
        case failed(String)
    }

    public let target: DetailTarget
    public let generation: Int
    public var phase: Phase = .loading
    /// PINs are masked until the user asks to see them.
    public var revealsPIN = false
    /// The first line of the sheet shown (the sheet scrolls when it is taller than the pane).
    public var scroll = 0

    public init(target: DetailTarget, generation: Int) {
        self.target = target
        self.generation = generation
    }

    /// Whether the detail shows a credential with a PIN (so `p` does something).
    public var showsPIN: Bool {
        switch phase {
        case .loaded(.credential(let credential, _, _, _, _)): !(credential.code ?? "").isEmpty
        case .loaded(.accessGrant(_, _, let methods, _)): methods.contains { !($0.code ?? "").isEmpty }
        default: false
        }
    }
}
