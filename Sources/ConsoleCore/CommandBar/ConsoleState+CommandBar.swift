import Foundation

/// The `:` prompt.
extension ConsoleState {
    mutating func editCommand(_ key: Key) {
        guard var bar = modals.commandBar else { return }
        if key == .backspace && bar.draft.isEmpty {
            modals.close(.commandBar)
            return
        }
        _ = bar.draft.apply(key)
        bar.suggestions = nil
        modals.replace(.commandBar(bar))
    }

    mutating func pasteIntoCommand(_ text: String) {
        guard var bar = modals.commandBar else { return }
        bar.draft.insert(text)
        bar.suggestions = nil
        modals.replace(.commandBar(bar))
    }

    /// Tab: completes the name; when there is nothing to complete, lists the commands that fit.
    mutating func completeCommand() {
        guard var bar = modals.commandBar else { return }
        let scopes = keyScopes(ignoring: .commandBar)
        let completed = keys.completeCommand(bar.draft.text, in: scopes)
        if completed != bar.draft.text {
            bar.draft = TextDraft(completed)
            modals.replace(.commandBar(bar))
            return
        }
        let typed = bar.draft.text.lowercased()
        let names = keys.commands(in: scopes).map(\.name).filter { $0.lowercased().hasPrefix(typed) }
        bar.suggestions = names.isEmpty ? "no command starts with “\(bar.draft.text)”" : names.map { ":" + $0 }.joined(separator: " ")
        modals.replace(.commandBar(bar))
    }

    /// Closes the prompt and runs what was typed: a command name from the key registry, valid in
    /// the context under the prompt, and for the few commands that take one, an argument after
    /// it (`:moveout Jane Doe`).
    mutating func runCommand(now: Date) -> [ConsoleEffect] {
        guard let bar = modals.commandBar else { return [] }
        modals.close(.commandBar)
        let scopes = keyScopes
        let known = keys.commands(in: scopes).map { ":" + $0.name }.joined(separator: " ")
        let typed = bar.draft.text.trimmingCharacters(in: .whitespaces)
        let name = String(typed.prefix { $0 != " " })
        let argument = typed.dropFirst(name.count).trimmingCharacters(in: .whitespaces)
        switch keys.resolveCommand(name, in: scopes) {
        case .empty:
            return []
        case .matched(let binding) where !argument.isEmpty:
            if let effects = perform(binding.command, argument: argument, now: now) { return effects }
            flash = Flash(.error, ":\(name) takes nothing after it; type :\(name) alone.", now: now)
        case .matched(let binding):
            return perform(binding.command, now: now)
        case .refusedReadOnly(let name):
            flash = Flash(.warning, "Read-only mode: :\(name) would change data, so this console refuses it.", now: now)
            return [readOnlyRefusal(of: name)]
        case .unknown(let name):
            flash = Flash(.error, "Unknown command :\(name). Try \(known)", now: now)
        case .ambiguous(let name, let bindings):
            let names = bindings.compactMap { $0.commands.first }.map { ":" + $0 }.joined(separator: " ")
            flash = Flash(.error, ":\(name) is ambiguous: \(names)", now: now)
        }
        return []
    }
}
