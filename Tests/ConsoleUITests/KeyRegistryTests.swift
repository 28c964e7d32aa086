import ConsoleCore
import Testing
@testable import ConsoleUI

/// A registry shaped like the console's: global keys, a users pane, one mutating action.
func sampleRegistry(readOnly: Bool = false) -> KeyRegistry {
    KeyRegistry([
        KeyBinding(action: "quit", keys: [.character("q")], description: "Quit keydesk", footerLabel: "Quit", commands: ["q", "quit"]),
        KeyBinding(action: "help", keys: [.character("?")], description: "Show this help", footerLabel: "Help"),
        KeyBinding(action: "command", keys: [.character(":")], description: "Type a command", footerLabel: "Cmd", showInFooter: false),
        KeyBinding(action: "refresh", keys: [.character("r"), .control("r")], description: "Refresh the list", footerLabel: "Refresh"),
        KeyBinding(action: "redraw", keys: [.control("l")], description: "Redraw the screen", footerLabel: "Redraw", showInFooter: false),
        KeyBinding(action: "show-users", keys: [], description: "Show users", footerLabel: "Users", commands: ["users", "u"]),
        KeyBinding(action: "show-credentials", keys: [], description: "Show credentials", footerLabel: "Creds", commands: ["credentials", "creds"]),
        KeyBinding(action: "open", keys: [.enter], description: "Open the selected user", footerLabel: "Open", scope: "users"),
        KeyBinding(action: "filter", keys: [.character("/")], description: "Filter the list", footerLabel: "Filter", scope: "users"),
        KeyBinding(action: "issue-mobile-key", keys: [.character("i")], description: "Issue a mobile key to the selected user", footerLabel: "Issue", scope: "users", mutates: true, commands: ["issue"]),
    ], readOnly: readOnly)
}

@Suite struct KeyRegistryTests {
    @Test func mostSpecificScopeWins() {
        var registry = sampleRegistry()
        registry.add(KeyBinding(action: "close-help", keys: [.character("q")], description: "Close help", footerLabel: "Close", scope: "help"))
        #expect(registry.binding(for: .character("q"), in: ["help"])?.action == "close-help")
        #expect(registry.binding(for: .character("q"), in: ["users"])?.action == "quit")
        #expect(registry.binding(for: .control("r"), in: ["users"])?.action == "refresh")
        #expect(registry.binding(for: .character("i"), in: ["systems"]) == nil)
    }

    @Test func readOnlyHidesAndRefusesMutatingBindings() {
        let registry = sampleRegistry(readOnly: true)
        #expect(registry.binding(for: .character("i"), in: ["users"]) == nil)
        #expect(registry.isRefusedByReadOnly(.character("i"), in: ["users"]))
        #expect(!registry.isRefusedByReadOnly(.character("q"), in: ["users"]))
        #expect(!registry.footer(in: ["users"]).contains { $0.action == "issue-mobile-key" })
        #expect(registry.resolveCommand("issue", in: ["users"]) == .refusedReadOnly("issue"))
        #expect(sampleRegistry().footer(in: ["users"]).contains { $0.action == "issue-mobile-key" })
    }

    @Test func footerListsVisibleKeysMostSpecificFirst() {
        let labels = sampleRegistry().footer(in: ["users"]).map(\.footerLabel)
        #expect(labels == ["Open", "Filter", "Issue", "Quit", "Help", "Refresh"])
    }

    @Test func commandsResolveExactlyOrByUniquePrefix() {
        let registry = sampleRegistry()
        #expect(registry.resolveCommand("users", in: []) .matchedAction == "show-users")
        #expect(registry.resolveCommand(" u ", in: []).matchedAction == "show-users")
        #expect(registry.resolveCommand("cred", in: []).matchedAction == "show-credentials")
        #expect(registry.resolveCommand("Q", in: []).matchedAction == "quit")
        #expect(registry.resolveCommand("nope", in: []) == .unknown("nope"))
        #expect(registry.resolveCommand("", in: []) == .empty)
        #expect(registry.resolveCommand("issue", in: []) == .unknown("issue"))
        #expect(registry.resolveCommand("issue", in: ["users"]).matchedAction == "issue-mobile-key")
    }

    @Test func tabCompletesToWhatEveryMatchingCommandShares() {
        let registry = sampleRegistry()
        #expect(registry.completeCommand("cr", in: []) == "credentials")
        #expect(registry.completeCommand("zz", in: []) == "zz", "nothing matches: unchanged")
        #expect(registry.completeCommand("issue", in: []) == "issue", "not offered outside its scope")
    }

    @Test func rebindChangesTheKeyEverywhere() {
        var registry = sampleRegistry()
        let result1 = registry.rebind("refresh", to: [.function(5)])
        #expect(result1)
        #expect(registry.binding(for: .function(5), in: [])?.action == "refresh")
        #expect(registry.binding(for: .character("r"), in: []) == nil)
        let result2 = registry.rebind("nothing", to: [])
        #expect(!result2)
    }

    @Test func keyNamesRoundTrip() {
        for key: Key in [.character("j"), .control("l"), .enter, .escape, .pageDown, .function(5), .character(" "), .backTab] {
            #expect(Key(name: key.displayName) == key, "\(key.displayName)")
        }
        #expect(Key(name: "ctrl-R") == .control("r"))
        #expect(Key(name: "bogus") == nil)
    }
}

extension CommandResolution {
    var matchedAction: ActionID? {
        if case .matched(let binding) = self { return binding.action }
        return nil
    }
}
