import Foundation
import Testing

/// The real `keydesk ui-check` in tmux: rendering, keys, resize, and the terminal restored
/// after `q`, SIGTERM and SIGHUP. A missing `ui-check` fails them; a missing tmux skips them,
/// or fails them under CI (`Prerequisite`).
@Suite
struct TerminalLifecycleTests {
    func start(columns: Int = 80, rows: Int = 24) async throws -> Tmux {
        let tmux = try Tmux.keydesk("ui-check", columns: columns, rows: rows, environment: ["LANG": "C.UTF-8", "TERM": "xterm-256color"])
        try await tmux.waitFor(text: "Residents (ui-check)")
        return tmux
    }

    /// After the program exits: its status, cooked mode again, and the alternate screen gone.
    func expectRestored(_ tmux: Tmux, exitStatus: Int) async throws {
        let screen = try await tmux.expectRestored(exitStatus: exitStatus)
        #expect(!screen.contains("Residents (ui-check)"), "the alternate screen is gone")
    }

    @Test func rendersMovesResizesAndRestoresOnQuit() async throws {
        let tmux = try await start()
        defer { tmux.stop() }
        // Wait for the whole first frame, not just its first line (a loaded machine draws slowly).
        var screen = try await tmux.waitFor("the first full frame") { $0.contains("size 80x24") && $0.contains("SAFE^MEVIL") && $0.contains("Quit") }
        #expect(screen.contains("山田太郎"))
        #expect(screen.contains("SAFE^MEVIL"))
        #expect(screen.contains("1/1000"))
        try tmux.type("jj")
        try await tmux.waitFor(text: "3/1000")
        try tmux.press("Down")
        try await tmux.waitFor(text: "4/1000")
        try tmux.type("k")
        try await tmux.waitFor(text: "3/1000")
        try tmux.type("G")
        screen = try await tmux.waitFor(text: "1000/1000")
        try tmux.resize(columns: 100, rows: 30)
        screen = try await tmux.waitFor(text: "size 100x30")
        #expect(screen.split(separator: "\n").contains { $0.hasPrefix("┏") && $0.count == 100 })
        try tmux.resize(columns: 60, rows: 20)
        try await tmux.waitFor(text: "Please enlarge the terminal")
        try await tmux.waitFor(text: "now 60x20, needs 80x24")
        try tmux.resize(columns: 80, rows: 24)
        try await tmux.waitFor(text: "size 80x24")
        try tmux.type("q")
        try await expectRestored(tmux, exitStatus: 0)
    }

    @Test func sigtermRestoresTheTerminal() async throws {
        let tmux = try await start()
        defer { tmux.stop() }
        let pid = try await tmux.waitForChild(named: "ui-check")
        kill(pid, SIGTERM)
        try await expectRestored(tmux, exitStatus: 128 + Int(SIGTERM))
    }

    @Test func sighupRestoresTheTerminal() async throws {
        let tmux = try await start()
        defer { tmux.stop() }
        let pid = try await tmux.waitForChild(named: "ui-check")
        kill(pid, SIGHUP)
        try await expectRestored(tmux, exitStatus: 128 + Int(SIGHUP))
    }

    @Test func ctrlCRestoresTheTerminal() async throws {
        let tmux = try await start()
        defer { tmux.stop() }
        let pid = try await tmux.waitForChild(named: "ui-check")
        // SIGINT straight to the program (C-c would also interrupt the wrapping shell).
        kill(pid, SIGINT)
        try await expectRestored(tmux, exitStatus: 128 + Int(SIGINT))
    }
}
