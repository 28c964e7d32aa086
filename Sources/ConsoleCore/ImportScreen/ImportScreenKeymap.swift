/// The keys of `:import`: Enter checks and imports the typed file, Esc stops a running import
/// (the rows in flight finish) or closes the screen. Opening it changes data, so read-only mode
/// refuses it (`mutates`).
public enum ImportScreenKeymap {
    public static let path = KeyScope("import.path", title: "Import residents: the file")
    public static let running = KeyScope("import.running", title: "Import residents: running")
    public static let done = KeyScope("import.done", title: "Import residents: done")

    static var bindings: [KeyBinding] {
        [
            KeyBinding(.importScreen(.open), keys: [], description: "Import residents from a CSV file (move-in day)",
                       footerLabel: "Import", scope: BrowseKeymap.lists, mutates: true, footer: .hidden, commands: ["import"]),
            KeyBinding(.importScreen(.accept), keys: [.enter], description: "Check the file and import its residents",
                       footerLabel: "Import", scope: path),
            KeyBinding(.importScreen(.close), keys: [.escape], description: "Close without importing", footerLabel: "Cancel", scope: path),
            KeyBinding(.importScreen(.stop), keys: [.escape], description: "Stop after the rows in flight (run :import again to resume)",
                       footerLabel: "Stop", scope: running),
            KeyBinding(.importScreen(.close), keys: [.enter, .escape], description: "Close the import", footerLabel: "Close", scope: done),
        ]
    }

    static func scopes(for screen: ImportScreenState) -> [KeyScope] {
        switch screen.phase {
        case .askingPath: [path]
        case .checking, .running, .stopping: [running]
        case .refused, .finished: [done]
        }
    }
}

/// The commands of `:import`.
public enum ImportScreenCommand: Hashable, Sendable {
    case open, accept, stop, close
}
