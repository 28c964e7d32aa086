/// What holds the keyboard, as one small stack: the top layer gets each key first, and only a
/// layer that lets keys through (the detail) hands unbound keys to the one below. Closing a
/// layer returns to what was under it (help over a detail returns to the detail).
public struct ModalStack: Sendable, Equatable {
    /// Bottom first; the last one holds the keyboard.
    public private(set) var layers: [Modal] = []

    public init() {}

    /// The layer that holds the keyboard, or nil when the lists do.
    public var top: Modal? { layers.last }

    /// Whether a layer of this kind is open.
    public func contains(_ kind: Modal.Kind) -> Bool { layers.contains { $0.kind == kind } }

    /// Opens a layer on top. A layer of the same kind that was open is replaced (there is one
    /// detail, one wizard...), so the stack never holds two of a kind.
    public mutating func push(_ modal: Modal) {
        layers.removeAll { $0.kind == modal.kind }
        layers.append(modal)
    }

    /// Closes the layer of this kind, wherever it is.
    public mutating func close(_ kind: Modal.Kind) {
        layers.removeAll { $0.kind == kind }
    }

    /// Replaces the layer of the same kind in place (its position in the stack is kept).
    mutating func replace(_ modal: Modal) {
        guard let index = layers.lastIndex(where: { $0.kind == modal.kind }) else { return }
        layers[index] = modal
    }

    // MARK: - Typed access to each kind of layer

    public var detail: DetailState? { first(\.detail) }
    public var filter: FilterPrompt? { first(\.filter) }
    public var commandBar: CommandBar? { first(\.commandBar) }
    public var help: HelpState? { first(\.help) }
    public var wizard: WizardState? { first(\.wizard) }
    public var operation: OperationFlow? { first(\.operation) }
    public var audit: AuditPaneState? { first(\.audit) }
    public var guest: GuestState? { first(\.guest) }
    public var moveOut: MoveOutState? { first(\.moveOut) }
    public var problems: ProblemsState? { first(\.problems) }
    public var importScreen: ImportScreenState? { first(\.importScreen) }

    private func first<T>(_ extract: (Modal) -> T?) -> T? {
        for layer in layers.reversed() {
            if let state = extract(layer) { return state }
        }
        return nil
    }

    /// Changes the open layer of one kind in place; does nothing when it is not open.
    mutating func update<T>(_ extract: (Modal) -> T?, _ wrap: (T) -> Modal, _ body: (inout T) -> Void) {
        guard let index = layers.lastIndex(where: { extract($0) != nil }), var state = extract(layers[index]) else { return }
        body(&state)
        layers[index] = wrap(state)
    }
}
