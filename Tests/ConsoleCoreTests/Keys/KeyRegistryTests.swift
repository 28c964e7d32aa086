import ConsoleCore
import KeydeskTestSupport
import Testing

@Suite struct KeyRegistryTests {
    let users = SampleScopes.users
    let lists = SampleScopes.lists

    @Test func mostSpecificScopeWins() {
        var registry = sampleRegistry()
        registry.add(KeyBinding(.help(.close), keys: [.character("q")], description: "Close help", footerLabel: "Close", scope: SampleScopes.help))
        #expect(registry.binding(for: .character("q"), in: [SampleScopes.help, lists])?.command == .help(.close))
        #expect(registry.binding(for: .character("q"), in: [users, lists])?.command == .app(.quit))
        #expect(registry.binding(for: .control("r"), in: [users, lists])?.command == .browse(.refresh))
        #expect(registry.binding(for: .character("i"), in: [lists]) == nil)
        #expect(registry.binding(for: .control("l"), in: [users]) == nil, "only the scopes asked for apply")
    }

    @Test func readOnlyHidesAndRefusesMutatingBindings() {
        let registry = sampleRegistry(readOnly: true)
        #expect(registry.binding(for: .character("i"), in: [users]) == nil)
        #expect(registry.isRefusedByReadOnly(.character("i"), in: [users]))
        #expect(!registry.isRefusedByReadOnly(.character("q"), in: [users, lists]))
        #expect(!registry.footer(in: [users]).contains { $0.command == .browse(.issueKey) })
        #expect(registry.resolveCommand("issue", in: [users]) == .refusedReadOnly("issue"))
        #expect(sampleRegistry().footer(in: [users]).contains { $0.command == .browse(.issueKey) })
    }

    @Test func footerListsVisibleKeysMostSpecificFirst() {
        let labels = sampleRegistry().footer(in: [users, lists, .anywhere]).map(\.footerLabel)
        #expect(labels == ["Open", "Filter", "Issue", "Quit", "Help", "Refresh"])
    }

    @Test func aKeyBoundMoreSpecificallyHidesTheWiderBindingInTheFooter() {
        var registry = sampleRegistry()
        registry.add(KeyBinding(.help(.close), keys: [.character("q")], description: "Close help", footerLabel: "Close", scope: SampleScopes.help,
                                footer: .hidden))
        #expect(!registry.footer(in: [SampleScopes.help, lists]).contains { $0.footerLabel == "Quit" },
                "q does not quit there, so the footer must not say it does")
    }

    @Test func commandsResolveExactlyOrByUniquePrefix() {
        let registry = sampleRegistry()
        #expect(registry.resolveCommand("users", in: [lists]).matchedCommand == .browse(.focus(.users)))
        #expect(registry.resolveCommand(" u ", in: [lists]).matchedCommand == .browse(.focus(.users)))
        #expect(registry.resolveCommand("cred", in: [lists]).matchedCommand == .browse(.focus(.credentials)))
        #expect(registry.resolveCommand("Q", in: [lists]).matchedCommand == .app(.quit))
        #expect(registry.resolveCommand("nope", in: [lists]) == .unknown("nope"))
        #expect(registry.resolveCommand("", in: [lists]) == .empty)
        #expect(registry.resolveCommand("issue", in: [lists]) == .unknown("issue"))
        #expect(registry.resolveCommand("issue", in: [users]).matchedCommand == .browse(.issueKey))
    }

    @Test func tabCompletesToWhatEveryMatchingCommandShares() {
        let registry = sampleRegistry()
        #expect(registry.completeCommand("cr", in: [lists]) == "credentials")
        #expect(registry.completeCommand("zz", in: [lists]) == "zz", "nothing matches: unchanged")
        #expect(registry.completeCommand("issue", in: [lists]) == "issue", "not offered outside its scope")
    }

    @Test func rebindChangesTheKeyEverywhere() {
        var registry = sampleRegistry()
        let result1 = registry.rebind(.browse(.refresh), to: [.function(5)])
        #expect(result1)
        #expect(registry.binding(for: .function(5), in: [lists])?.command == .browse(.refresh))
        #expect(registry.binding(for: .character("r"), in: [lists]) == nil)
        let result2 = registry.rebind(.list(.sort), to: [])
        #expect(!result2)
    }

    @Test func keyNamesRoundTrip() {
        for key: Key in [.character("j"), .control("l"), .enter, .escape, .pageDown, .function(5), .character(" "), .backTab] {
            #expect(Key(name: key.displayName) == key, "\(key.displayName)")
        }
        #expect(Key(name: "ctrl-R") == .control("r"))
        #expect(Key(name: "bogus") == nil)
    }

    @Test func everyCommandOfTheStandardKeymapHasOneMeaningPerKeyAndScope() {
        let registry = ConsoleKeymap.standard()
        var seen: [String: KeyCommand] = [:]
        for binding in registry.bindings {
            for key in binding.keys {
                let slot = "\(binding.scope.id) \(key.displayName)"
                #expect(seen[slot] == nil || seen[slot] == binding.command, "\(slot) is bound twice")
                seen[slot] = binding.command
            }
        }
    }
}

extension CommandResolution {
    var matchedCommand: KeyCommand? {
        if case .matched(let binding) = self { return binding.command }
        return nil
    }
}
