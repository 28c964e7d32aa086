import Foundation

/// The operation dialog's own reducer: the end field and the confirm dialog's buttons.
extension OperationFlow {
    /// A dialog command; returns what the console should do next.
    public mutating func perform(_ command: DialogCommand, now: Date) -> OperationStep {
        switch (self, command) {
        case (.preparing, .cancel), (.editingEnd, .cancel), (.confirming, .cancel), (.choosingMethod, .cancel):
            return .close
        case let (.choosingMethod(grant, methods, cursor), .next):
            self = .choosingMethod(grant, methods: methods, cursor: min(cursor + 1, max(methods.count - 1, 0)))
        case let (.choosingMethod(grant, methods, cursor), .previous):
            self = .choosingMethod(grant, methods: methods, cursor: max(cursor - 1, 0))
        case let (.choosingMethod(grant, methods, cursor), .press):
            guard methods.indices.contains(cursor) else { return .close }
            self = .confirming(.removeAccessMethod(grant, methods[cursor]), focus: .cancel)
        case (.editingEnd(var entry), .press):
            switch entry.validated(now: now) {
            case .success(let date):
                self = .confirming(entry.subject.changeEnd(to: date, time: entry.time), focus: .cancel)
            case .failure(let problem):
                entry.error = problem.message
                self = .editingEnd(entry)
            }
        case let (.confirming(pending, focus), .switchButton):
            self = .confirming(pending, focus: focus == .cancel ? .confirm : .cancel)
        case let (.confirming(pending, focus), .press):
            guard focus == .confirm else { return .close }
            self = .running(pending)
            return .run(pending)
        default:
            break
        }
        return .stay
    }

    /// A key typed into the end field.
    public mutating func type(_ key: Key) {
        guard case .editingEnd(var entry) = self, entry.draft.apply(key) else { return }
        entry.error = nil
        self = .editingEnd(entry)
    }

    /// Text pasted into the end field.
    public mutating func paste(_ text: String) {
        guard case .editingEnd(var entry) = self else { return }
        entry.draft.insert(text)
        entry.error = nil
        self = .editingEnd(entry)
    }
}

/// What the dialog asks of the console after a command.
public enum OperationStep: Sendable, Equatable {
    case stay
    case close
    /// Send the change to the API.
    case run(ConsoleOperation)
}
