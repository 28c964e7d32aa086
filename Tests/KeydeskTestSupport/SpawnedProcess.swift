import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// A child process of a test, started with `posix_spawn` and reaped by `waitpid` on a pthread
/// of its own; its output goes to files, read once it has ended (or while it runs, for servers).
///
/// Why not Foundation's `Process`: it learns that a child ended when a socket the child holds is
/// closed, watched by one run-loop thread for the whole test process, and a full parallel run
/// that stalled showed `isRunning` true for a Python process long gone. The stall went on with
/// this helper while its reapers were Foundation threads, and stopped with plain pthreads
/// (`onPlainThread`); `waitpid` on the child's own pid keeps a test's wait independent of
/// everything else in the process. The child also
/// starts with every descriptor above 2 closed, default signal handlers, nothing blocked, and in
/// a session of its own, so nothing of the test process (sockets of in-process servers, pipes of
/// other children, its process group) leaks into it.
public final class SpawnedProcess: Sendable {
    public let pid: pid_t
    public let command: [String]
    let outputPath: String
    let errorPath: String
    private let ending = Mutex<Int32?>(nil)
    /// Signalled once by the reaper; `finishBlocking` waits on it instead of polling.
    private let ended = DispatchSemaphore(value: 0)

    /// Starts `arguments[0]` (a path, or a name looked up on PATH) with the rest as arguments.
    /// `environment` is the whole environment (nil: this process's); `standardInput` is given on
    /// stdin (nil: /dev/null); `mergingErrors` sends stderr to the stdout file too.
    public init(_ arguments: [String], environment: [String: String]? = nil, standardInput: String? = nil,
                mergingErrors: Bool = false) throws {
        precondition(!arguments.isEmpty, "a command to run")
        command = arguments
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("keydesk-spawn-\(UUID().uuidString)").path
        outputPath = base + ".out"
        errorPath = mergingErrors ? outputPath : base + ".err"
        var inputPath = "/dev/null"
        if let standardInput {
            inputPath = base + ".in"
            try Data(standardInput.utf8).write(to: URL(fileURLWithPath: inputPath))
        }
        defer { if standardInput != nil { unlink(inputPath) } }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, inputPath, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        if mergingErrors {
            posix_spawn_file_actions_adddup2(&actions, 1, 2)
        } else {
            posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        }
        Self.closeInheritedDescriptors(&actions)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var nothingBlocked = sigset_t()
        sigemptyset(&nothingBlocked)
        posix_spawnattr_setsigmask(&attributes, &nothingBlocked)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGHUP, SIGINT, SIGTERM, SIGPIPE, SIGCHLD, SIGWINCH, SIGQUIT, SIGTSTP] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | Self.setSessionID))

        let environment = environment ?? ProcessInfo.processInfo.environment
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let spawned = arguments[0].contains("/")
            ? posix_spawn(&pid, arguments[0], &actions, &attributes, argv, envp)
            : posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, envp)
        guard spawned == 0 else {
            unlink(outputPath)
            unlink(errorPath)
            throw SpawnFailure(description: "cannot run \(arguments[0]): \(String(cString: strerror(spawned)))")
        }
        self.pid = pid
        let reaped = self, child = pid
        Self.onPlainThread {
            var status: Int32 = 0
            while waitpid(child, &status, 0) < 0 && errno == EINTR {}
            // A normal exit gives its code; a signal gives 128 + its number, as a shell does.
            let code = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
            reaped.ending.withLock { $0 = code }
            reaped.ended.signal()
        }
    }

    /// True until the child has ended and been reaped.
    public var isRunning: Bool { ending.withLock { $0 == nil } }

    /// The exit status once ended (128 + the signal's number for a signal).
    public var exitStatus: Int32? { ending.withLock { $0 } }

    /// What the child has written to stdout so far.
    public var standardOutputSoFar: String { (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "" }

    /// What the child has written to stderr so far (its stdout too when merged).
    public var standardErrorSoFar: String { (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? "" }

    /// Sends `signal` to the child (SIGTERM by default) if it still runs.
    public func terminate(_ signal: Int32 = SIGTERM) {
        if isRunning { kill(pid, signal) }
    }

    /// Waits for the end (polling with short sleeps, holding no thread), killing the child with SIGKILL after
    /// `timeout`; returns its status and output and removes the output files.
    public func finish(timeout: Duration = .seconds(600)) async throws -> ChildProcessResult {
        let deadline = ContinuousClock.now + timeout
        while isRunning {
            if ContinuousClock.now > deadline { kill(pid, SIGKILL) }
            try await Task.sleep(for: .milliseconds(20))
        }
        return collect()
    }

    /// `finish` for synchronous callers: blocks this thread until the child ends.
    public func finishBlocking() -> ChildProcessResult {
        ended.wait()
        ended.signal() // for any other waiter
        return collect()
    }

    private func collect() -> ChildProcessResult {
        let result = ChildProcessResult(status: exitStatus ?? -1, standardOutput: standardOutputSoFar,
                                        standardError: outputPath == errorPath ? "" : standardErrorSoFar)
        unlink(outputPath)
        unlink(errorPath)
        return result
    }

    /// Runs `arguments` to its end (see `init` for the parameters).
    public static func run(_ arguments: [String], environment: [String: String]? = nil, standardInput: String? = nil,
                           mergingErrors: Bool = false, timeout: Duration = .seconds(600)) async throws -> ChildProcessResult {
        try await SpawnedProcess(arguments, environment: environment, standardInput: standardInput, mergingErrors: mergingErrors)
            .finish(timeout: timeout)
    }

    /// Runs `body` on a detached pthread of its own. Not Foundation's `Thread`: with every test
    /// started at once, reapers started as Foundation threads sometimes never reported a child
    /// that had ended (no reaper left, no zombie, the test waiting forever), and 10 of 13 full
    /// runs stalled; with plain pthreads the next 3 such runs all finished. Failing to start one
    /// is a broken test machine, said at once.
    static func onPlainThread(_ body: @escaping @Sendable () -> Void) {
        let context = Unmanaged.passRetained(ThreadBody(body)).toOpaque()
        var thread = pthread_t()
        let created = pthread_create(&thread, nil, { context in
            Unmanaged<ThreadBody>.fromOpaque(context!).takeRetainedValue().run()
            return nil
        }, context)
        guard created == 0 else {
            Unmanaged<ThreadBody>.fromOpaque(context).release()
            preconditionFailure("cannot start a thread to reap a child process: \(String(cString: strerror(created)))")
        }
        pthread_detach(thread)
    }

    /// glibc's POSIX_SPAWN_SETSID (spawn.h), which Swift does not import under that name.
    static let setSessionID: Int32 = 0x80

    /// Adds "close every descriptor from 3 up" to the spawn's file actions: glibc's
    /// `posix_spawn_file_actions_addclosefrom_np` (2.34+, not in Swift's Glibc module, so looked
    /// up by name), else a close for each descriptor open now.
    static func closeInheritedDescriptors(_ actions: inout posix_spawn_file_actions_t) {
        typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
        if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np") {
            _ = unsafeBitCast(symbol, to: CloseFrom.self)(&actions, 3)
            return
        }
        let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        for fd in open.compactMap(Int32.init) where fd > 2 { posix_spawn_file_actions_addclose(&actions, fd) }
    }
}

/// A child that could not be started, with the system's reason.
public struct SpawnFailure: Error, CustomStringConvertible {
    public let description: String
}

/// A closure handed to a new pthread (`SpawnedProcess.onPlainThread`).
private final class ThreadBody: Sendable {
    let run: @Sendable () -> Void
    init(_ run: @escaping @Sendable () -> Void) { self.run = run }
}
