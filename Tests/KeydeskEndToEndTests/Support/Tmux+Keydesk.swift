import Foundation
import Testing

extension Tmux {
    /// Starts `keydesk ARGUMENTS` in a pane under sh; when it exits, sh prints its status and
    /// the terminal modes (`stty -a` joined into one line so it fits below the status).
    /// With `jobControl`, sh runs keydesk as a job of its own in the foreground (`set -m`), as a
    /// login shell does: Ctrl-\ and Ctrl-Z then signal keydesk alone, not the sh around it.
    static func keydesk(_ arguments: String, columns: Int = 80, rows: Int = 24, environment: [String: String],
                        jobControl: Bool = false) throws -> Tmux {
        let script = (jobControl ? "set -m; " : "")
            + "\(shellQuote(BinaryLocator.keydesk.path)) \(arguments); echo EXITED:$?; stty -a | tr -s \"\\n\" \" \"; echo"
        let command = "sh -c " + shellQuote(script)
        return try Tmux(command: command, columns: columns, rows: rows, environment: environment)
    }

    /// After keydesk exits: its status, and `stty -a` shows cooked mode again.
    func expectRestored(exitStatus: Int, sourceLocation: SourceLocation = #_sourceLocation) async throws -> String {
        let screen = try await waitFor("EXITED and stty output", includingHistory: true) { $0.contains("EXITED:") && $0.contains("icanon") }
        #expect(screen.contains("EXITED:\(exitStatus)"), "\(screen)", sourceLocation: sourceLocation)
        let words = Set(screen.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init))
        #expect(words.contains("echo") && !words.contains("-echo"), "echo restored: \(screen)", sourceLocation: sourceLocation)
        #expect(words.contains("icanon") && !words.contains("-icanon"), "icanon restored: \(screen)", sourceLocation: sourceLocation)
        return screen
    }

    /// The wizard from `i` to "Issued", in the building the console is scoped to: a new
    /// resident (`email`, `fullName`), the building's own steps, the Main Entrance, now until
    /// the preset end.
    func issueMainEntranceKey(email: String, fullName: String) async throws {
        try type("i")
        try await waitFor(text: "Step 1/7")
        try type(email)
        try press("Tab")
        try type(fullName)
        try press("Enter")
        try await waitFor(text: "Step 5/7", timeout: .seconds(20))
        // Space chooses the highlighted entrance, so the filter is one word.
        try type("main")
        try await waitFor(text: "Main Entrance")
        try type(" ")
        try await waitFor(text: "1 chosen")
        try press("Enter")
        try await waitFor(text: "Step 6/7")
        try press("Enter")
        try await waitFor(text: "Issued", timeout: .seconds(30))
    }
}
