import Foundation
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

    /// Runs a program (looked up on PATH) with LANG=C.UTF-8 and waits for it. Output goes to a
    /// temporary file rather than a pipe: the tmux server daemonizes and must not keep a pipe
    /// open that we would wait on forever.
    /// glibc's POSIX_SPAWN_SETSID (spawn.h), which Swift does not import under that name.
    static let spawnSetSessionID: Int32 = 0x80

    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let outputPath = FileManager.default.temporaryDirectory.appendingPathComponent("keydesk-run-\(UUID().uuidString)").path
        defer { unlink(outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        // Nothing else of the test process may leak into the child: a daemonizing tmux server
        // would keep, for its whole life, the sockets of the in-process servers (a closed
        // connection would then never reach its client) and files being written (ETXTBSY).
        closeInheritedDescriptors(&actions)
        // The test runner's threads block signals, and a spawned process inherits the mask: a
        // tmux server (and the program in its pane) would then ignore SIGTERM/SIGHUP. Start
        // children with nothing blocked and default handlers.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var emptySet = sigset_t()
        sigemptyset(&emptySet)
        posix_spawnattr_setsigmask(&attributes, &emptySet)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGHUP, SIGINT, SIGTERM, SIGPIPE, SIGCHLD, SIGWINCH, SIGQUIT] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        // A session of its own: sudo, runuser and ssh signal their parent's process group when
        // what they run is suspended or interrupted (killpg), and that group must not be the
        // test process's, whose suites would be stopped or interrupted mid-call.
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | Self.spawnSetSessionID))
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        environment.removeValue(forKey: "TMUX")
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, envp)
        guard spawned == 0 else { throw Failure(message: "cannot run \(arguments[0]): error \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return (exitStatus, output)
    }

    /// `run` on a thread of its own, for commands that take a while (pip install, a script)
    /// called from async tests: blocking one of the 2 threads of Swift's cooperative pool would
    /// starve the in-process servers of the tests running beside it.
    static func runOffThePool(_ arguments: [String]) async throws -> (status: Int32, output: String) {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try run(arguments) }) }.start()
        }
    }

    /// Adds "close every descriptor from 3 up" to the spawn's file actions: glibc's
    /// `posix_spawn_file_actions_addclosefrom_np` (2.34+, not in Swift's Glibc module, so looked
    /// up by name), else a close for each descriptor open now.
    private static func closeInheritedDescriptors(_ actions: inout posix_spawn_file_actions_t) {
        typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
        if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np") {
            _ = unsafeBitCast(symbol, to: CloseFrom.self)(&actions, 3)
            return
        }
        let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        for fd in open.compactMap(Int32.init) where fd > 2 { posix_spawn_file_actions_addclose(&actions, fd) }
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
