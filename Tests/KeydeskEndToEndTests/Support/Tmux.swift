import Foundation
import KeydeskTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Drives a program inside a private tmux server, the way a user's terminal would: literal
/// keys in, screen text out, resize, and the process ids of what runs in the pane.
///
/// Each instance has its own socket (`-L`), ignores the user's config (`-f /dev/null`), sets
/// `escape-time 0` (tmux otherwise holds Esc for 500 ms) and `remain-on-exit on` (so the last
/// screen of a program that exited can still be read). Waiting is by polling the screen with
/// a deadline, never a fixed sleep. The server is killed on `stop()` and on deinit.
final class Tmux: @unchecked Sendable {
    /// A failure of the tmux driver, with what it was waiting for and the last screen.
    struct Failure: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }

    let socket: String
    let target = "app"
    private var stopped = false

    /// Why tmux cannot run here (it is not on the PATH), or nil when it can.
    static let unavailableReason: String? = (try? run(["tmux", "-V"]))?.status == 0
        ? nil : "tmux is not installed (apt-get install tmux; .ci/run does)"

    /// Starts a detached session of the given size running `command` (a shell command line).
    /// Without tmux the test is skipped with the reason, or fails under CI (`Prerequisite`).
    init(command: String, columns: Int = 80, rows: Int = 24, environment: [String: String] = [:]) throws {
        try Prerequisite.require(Self.unavailableReason)
        socket = "keydesk-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
        // Start with a placeholder so the options are in place before the program runs.
        try tmux(["new-session", "-d", "-s", target, "-x", "\(columns)", "-y", "\(rows)", "sleep 600"])
        try tmux(["set-option", "-g", "remain-on-exit", "on"])
        try tmux(["set-option", "-g", "escape-time", "0"])
        try tmux(["set-option", "-g", "history-limit", "200"])
        let env = environment.map { "\($0.key)=\(shellQuote($0.value))" }.sorted().joined(separator: " ")
        try tmux(["respawn-pane", "-k", "-t", target, env.isEmpty ? command : "env \(env) \(command)"])
    }

    deinit { stop() }

    /// Kills the private tmux server.
    func stop() {
        guard !stopped else { return }
        stopped = true
        _ = try? Self.run(["tmux", "-L", socket, "kill-server"])
    }

    /// Types text literally (`send-keys -l`), so words like `Enter` are not key names.
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", target, "-l", text])
    }

    /// Presses named keys (`Enter`, `Escape`, `Up`, `C-c`, …).
    func press(_ keys: String...) throws {
        try tmux(["send-keys", "-t", target] + keys)
    }

    /// The visible screen (plus the scrollback when asked), wrapped lines joined, trailing
    /// spaces trimmed.
    func screen(includingHistory: Bool = false) throws -> String {
        let output = try tmux(["capture-pane", "-p", "-J", "-t", target] + (includingHistory ? ["-S", "-"] : []))
        return output.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }
            .joined(separator: "\n")
    }

    /// Polls the screen until `predicate` holds; throws with the last screen after `timeout`.
    /// Waits with `Task.sleep`, so no thread of the small cooperative pool is held meanwhile.
    @discardableResult
    func waitFor(_ what: String, timeout: Duration = .seconds(30), includingHistory: Bool = false, _ predicate: (String) -> Bool) async throws -> String {
        let deadline = ContinuousClock.now.advanced(by: timeout)
        var last = ""
        while ContinuousClock.now < deadline {
            last = try screen(includingHistory: includingHistory)
            if predicate(last) { return last }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw Failure(message: "timed out after \(timeout) waiting for \(what); screen was:\n\(last)")
    }

    /// Polls until the screen contains `text`.
    @discardableResult
    func waitFor(text: String, timeout: Duration = .seconds(30)) async throws -> String {
        try await waitFor("\"\(text)\"", timeout: timeout) { $0.contains(text) }
    }

    /// Resizes the window (the program receives SIGWINCH / KEY_RESIZE).
    func resize(columns: Int, rows: Int) throws {
        try tmux(["resize-window", "-t", target, "-x", "\(columns)", "-y", "\(rows)"])
    }

    /// Process id of the pane's first process (the shell running the command).
    func panePID() throws -> Int32 {
        let output = try tmux(["display-message", "-p", "-t", target, "#{pane_pid}"])
        guard let pid = Int32(output.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw Failure(message: "no pane pid in \(output)")
        }
        return pid
    }

    /// Waits for a child of the pane's process whose command line contains `name`.
    func waitForChild(named name: String, timeout: Duration = .seconds(30)) async throws -> Int32 {
        let parent = try panePID()
        let deadline = ContinuousClock.now.advanced(by: timeout)
        while ContinuousClock.now < deadline {
            if let pid = Self.children(of: parent).first(where: { Self.commandLine(of: $0).contains(name) }) { return pid }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw Failure(message: "no child process \(name) of pid \(parent)")
    }

    // MARK: - helpers

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let result = try Self.run(["tmux", "-u", "-L", socket, "-f", "/dev/null"] + arguments)
        guard result.status == 0 else {
            throw Failure(message: "tmux \(arguments.joined(separator: " ")) failed (\(result.status)): \(result.output)")
        }
        return result.output
    }

    /// Runs a program (looked up on PATH) with LANG=C.UTF-8 and waits for it; stderr is merged
    /// into the output. Output goes to a file, not a pipe: the tmux server daemonizes and must not
    /// keep a pipe open that we would wait on forever (`SpawnedProcess`).
    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let result = try SpawnedProcess(arguments, environment: runEnvironment, mergingErrors: true).finishBlocking()
        return (result.status, result.standardOutput)
    }

    /// This process's environment with LANG=C.UTF-8 and no TMUX (a test run inside tmux must not
    /// talk to the developer's server).
    private static var runEnvironment: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        environment.removeValue(forKey: "TMUX")
        return environment
    }

    /// `run` for commands that take a while (pip install, a script) called from async tests: it
    /// waits without holding one of the 2 threads of Swift's cooperative pool.
    static func runOffThePool(_ arguments: [String]) async throws -> (status: Int32, output: String) {
        let result = try await SpawnedProcess(arguments, environment: runEnvironment, mergingErrors: true).finish()
        return (result.status, result.standardOutput)
    }

    /// Direct children of a process, from /proc.
    static func children(of parent: Int32) -> [Int32] {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return [] }
        return entries.compactMap { Int32($0) }.filter { pid in
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { return false }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            return fields.count > 1 && Int32(fields[1]) == parent
        }
    }

    static func commandLine(of pid: Int32) -> String {
        guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else { return "" }
        return String(decoding: data.map { $0 == 0 ? 0x20 : $0 }, as: UTF8.self)
    }
}

/// Quotes a string for `sh`.
func shellQuote(_ value: String) -> String {
    "'" + value.replacingOccurrences(of: "'", with: "'\\''") + "'"
}
