/// The one table of key bindings. Dispatch, the footer, the help overlay and the `:` command
/// bar all read it, so a key shown to the user is always the key that works, and read-only
/// mode is enforced in one place: mutating bindings are neither shown nor dispatched.
public struct KeyRegistry: Sendable, Equatable {
    public private(set) var bindings: [KeyBinding]
    /// When true, bindings with `mutates == true` are invisible and never match.
    public var readOnly: Bool

    public init(_ bindings: [KeyBinding] = [], readOnly: Bool = false) {
        self.bindings = bindings
        self.readOnly = readOnly
    }

    /// Adds a binding; a later binding for the same key in the same scope wins in `binding(for:)`.
    public mutating func add(_ binding: KeyBinding) {
        bindings.append(binding)
    }

    /// Replaces the keys of a command (a user keymap override); returns false if unknown.
    @discardableResult
    public mutating func rebind(_ command: KeyCommand, to keys: [Key]) -> Bool {
        var found = false
        for i in bindings.indices where bindings[i].command == command {
            bindings[i].keys = keys
            found = true
        }
        return found
    }

    /// Bindings usable in the given scopes (most specific first), in that order, without the
    /// mutating ones in read-only mode.
    public func active(in scopes: [KeyScope]) -> [KeyBinding] {
        scopes.flatMap { scope in
            bindings.filter { $0.scope == scope && (!readOnly || !$0.mutates) }
        }
    }

    /// The binding a key triggers in the given scopes: the most specific scope wins, and
    /// within a scope the latest added binding wins. Nil when unbound or refused (read-only).
    public func binding(for key: Key, in scopes: [KeyScope]) -> KeyBinding? {
        for scope in scopes {
            if let match = bindings.last(where: { $0.scope == scope && $0.keys.contains(key) }) {
                if readOnly && match.mutates { return nil }
                return match
            }
        }
        return nil
    }

    /// True when the action exists but is refused because of read-only mode, so the caller
    /// can say "read-only mode" instead of silently ignoring the key.
    public func isRefusedByReadOnly(_ key: Key, in scopes: [KeyScope]) -> Bool {
        bindingRefusedByReadOnly(key, in: scopes) != nil
    }

    /// The binding `key` would trigger were the console not read-only, when read-only mode
    /// refuses it; nil otherwise.
    public func bindingRefusedByReadOnly(_ key: Key, in scopes: [KeyScope]) -> KeyBinding? {
        guard readOnly else { return nil }
        for scope in scopes {
            if let match = bindings.last(where: { $0.scope == scope && $0.keys.contains(key) }) {
                return match.mutates ? match : nil
            }
        }
        return nil
    }

    /// Bindings for the footer: active, shown in the footer, one per command (and one per key:
    /// a key bound more specifically hides the wider binding), most specific first.
    public func footer(in scopes: [KeyScope]) -> [KeyBinding] {
        var seenCommands = Set<KeyCommand>()
        var seenKeys = Set<Key>()
        var shown: [KeyBinding] = []
        for binding in active(in: scopes) {
            guard let key = binding.keys.first else { continue }
            let firstForKey = seenKeys.insert(key).inserted
            let firstForCommand = seenCommands.insert(binding.command).inserted
            if binding.showInFooter, firstForKey, firstForCommand { shown.append(binding) }
        }
        return shown
    }

    /// Every command name accepted by the `:` bar in the given scopes, with its binding.
    public func commands(in scopes: [KeyScope]) -> [(name: String, binding: KeyBinding)] {
        active(in: scopes).flatMap { binding in binding.commands.map { (name: $0, binding: binding) } }
    }

    /// Tab in the `:` bar. When every command starting with what was typed belongs to one
    /// action, its longest name (`cr` → `credentials`, not the alias `cred`); otherwise the
    /// longest start the matching names share. Unchanged when nothing matches.
    public func completeCommand(_ typed: String, in scopes: [KeyScope]) -> String {
        let word = String(typed.drop(while: { $0 == " " })).lowercased()
        let matches = commands(in: scopes).filter { $0.name.lowercased().hasPrefix(word) }
        let names = Set(matches.map { $0.name.lowercased() }).sorted()
        guard var common = names.first else { return typed }
        if Set(matches.map(\.binding.command)).count == 1 {
            common = names.max { $0.count < $1.count } ?? common
        } else {
            for name in names.dropFirst() {
                while !name.hasPrefix(common) { common.removeLast() }
            }
        }
        return common.count > word.count ? common : typed
    }

    /// Resolves what the user typed after `:`: an exact command name, or else a prefix that
    /// names exactly one action. Leading/trailing spaces are ignored; case-insensitive.
    public func resolveCommand(_ typed: String, in scopes: [KeyScope]) -> CommandResolution {
        let word = String(typed.drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed()).lowercased()
        guard !word.isEmpty else { return .empty }
        let all = commands(in: scopes)
        if let exact = all.first(where: { $0.name.lowercased() == word }) {
            return .matched(exact.binding)
        }
        var candidates: [KeyBinding] = []
        for entry in all where entry.name.lowercased().hasPrefix(word) {
            if !candidates.contains(where: { $0.command == entry.binding.command }) {
                candidates.append(entry.binding)
            }
        }
        switch candidates.count {
        case 0:
            if readOnly, bindings.contains(where: { $0.mutates && $0.commands.contains { $0.lowercased() == word } }) {
                return .refusedReadOnly(word)
            }
            return .unknown(word)
        case 1: return .matched(candidates[0])
        default: return .ambiguous(word, candidates)
        }
    }
}

/// What a `:` command resolved to.
public enum CommandResolution: Hashable, Sendable {
    case empty
    case matched(KeyBinding)
    case ambiguous(String, [KeyBinding])
    case unknown(String)
    case refusedReadOnly(String)
}
