import Foundation

/// `:import` as a layer of the console: opened from the command bar, given its keys and
/// answers, its progress asked for by a timer (every quarter second) while the job runs.
extension ConsoleState {
    /// How often the screen asks for the job's tally.
    static let importProgressInterval: Duration = .milliseconds(250)

    mutating func performImportScreen(_ command: ImportScreenCommand, now: Date) -> [ConsoleEffect] {
        if command == .open {
            guard !connection.readOnly else { return [] }
            modals.push(.importScreen(ImportScreenState(serial: now, issuePath: connection.issuePath)))
            return []
        }
        guard var screen = modals.importScreen else { return [] }
        let (work, close) = screen.perform(command)
        if close {
            modals.close(.importScreen)
            return [.cancel(.importProgress)]
        }
        modals.replace(.importScreen(screen))
        var effects = work.map { ConsoleEffect.call(.importScreen($0)) }
        if work.contains(where: { if case .start = $0 { true } else { false } }) {
            effects.append(.after(Self.importProgressInterval, .importTick(serial: screen.serial), id: .importProgress))
        }
        return effects
    }

    mutating func typeIntoImportScreen(_ key: Key) {
        modals.update(\.importScreen, Modal.importScreen) { $0.type(key) }
    }

    mutating func pasteIntoImportScreen(_ text: String) {
        modals.update(\.importScreen, Modal.importScreen) { $0.paste(text) }
    }

    /// An answer of the import's work; those of an earlier import are dropped.
    mutating func receiveImportScreen(_ answer: ImportAnswer) -> [ConsoleEffect] {
        guard var screen = modals.importScreen, screen.serial == answer.serial else { return [] }
        screen.receive(answer)
        modals.replace(.importScreen(screen))
        if case .progressed = answer, screen.isWorking {
            return [.after(Self.importProgressInterval, .importTick(serial: screen.serial), id: .importProgress)]
        }
        return screen.isWorking ? [] : [.cancel(.importProgress)]
    }

    /// The progress timer: ask for the tally.
    func importTick(serial: Date) -> [ConsoleEffect] {
        guard let screen = modals.importScreen, screen.serial == serial, screen.isWorking else { return [] }
        return [.call(.importScreen(.progress(serial: serial)), id: .importProgress)]
    }
}
