import Benchmark
import BenchmarkTolerances
import ConsoleCore
import ConsoleServices
import ConsoleUI
import Foundation
import SeamAPI
import SeamSandbox

// Console benchmarks on the `large` seed (issue 5): the real ConsoleApp, reducer, effect runner
// and SeamClient against an in-process sandbox on loopback.
// 1. start-up to the first system on screen (target < 500 ms);
// 2. bytes written to a pty when the selection moves one row, as a share of a full repaint (<= 10%);
// 3. time per filter keystroke with 100,000 credentials loaded (p95 < 100 ms);
// 4. resident memory after scrolling through 100,000 credentials (< 150 MB).

private let residentMB = BenchmarkMetric.custom("resident memory after the walk (MB)", polarity: .prefersSmaller, useScalingFactor: false)
private let consoleMB = BenchmarkMetric.custom("growth during the walk: the console's share (MB)", polarity: .prefersSmaller, useScalingFactor: false)
private let rowsLoaded = BenchmarkMetric.custom("credentials loaded", polarity: .prefersLarger, useScalingFactor: false)
private let moveBytes = BenchmarkMetric.custom("bytes per one-row move (pty)", polarity: .prefersSmaller, useScalingFactor: false)
private let fullBytes = BenchmarkMetric.custom("bytes per full repaint (pty)", polarity: .prefersSmaller, useScalingFactor: false)
private let movePermille = BenchmarkMetric.custom("move bytes per mille of a full repaint", polarity: .prefersSmaller, useScalingFactor: false)

/// The large sandbox, started once for every benchmark of this process.
private actor LargeSandbox {
    static let shared = LargeSandbox()
    private var running: RunningSandbox?

    func client() async throws -> SeamClient {
        if running == nil {
            running = try await Sandbox.start(SandboxOptions(seed: .large, issueDelay: .zero))
        }
        return SeamClient(configuration: try SeamConfiguration(apiKey: running!.apiKey, endpoint: running!.baseURL))
    }
}

private func makeApp(_ terminal: any Terminal, client: SeamClient) -> ConsoleApp {
    let runner = ConsoleEffectRunner(client: client)
    return ConsoleApp(state: ConsoleState(connection: ConnectionInfo(label: "SANDBOX", isSandbox: true)), terminal: terminal) {
        await runner.run($0)
    }
}

private func residentMegabytes() -> Int {
    guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8),
          let pages = Int(statm.split(separator: " ")[1]) else { return 0 }
    return pages * Int(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
}

/// A console that has followed the credentials pane to its last page (every credential loaded).
nonisolated(unsafe) private var walked: (app: ConsoleApp, terminal: VirtualTerminal)?
/// Resident memory once the sandbox (which lives in this process) is up, before the console loads anything.
nonisolated(unsafe) private var residentBeforeWalk = 0

private func walkedConsole() async throws -> (app: ConsoleApp, terminal: VirtualTerminal) {
    if let walked { return walked }
    let terminal = VirtualTerminal(columns: 80, rows: 24)
    let client = try await LargeSandbox.shared.client()
    residentBeforeWalk = residentMegabytes()
    let app = makeApp(terminal, client: client)
    app.send(.start)
    try await app.waitUntilIdle(timeout: .seconds(60))
    app.send(.key(.character("4")))
    app.send(.key(.character("G")))
    try await app.waitUntil(timeout: .seconds(600)) { !$0.state.credentials.hasMore && $0.isIdle }
    walked = (app, terminal)
    return (app, terminal)
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock], maxDuration: .seconds(10), maxIterations: 1,
                                           thresholds: Tolerance.thresholds([.wallClock]))

    Benchmark("StartUpToFirstSystemOnScreen_LargeSeed",
              configuration: .init(metrics: [.wallClock], maxIterations: 20, thresholds: Tolerance.thresholds([.wallClock]))) { benchmark in
        let client = try await LargeSandbox.shared.client()
        for _ in benchmark.scaledIterations {
            benchmark.startMeasurement()
            let terminal = VirtualTerminal(columns: 80, rows: 24)
            let app = makeApp(terminal, client: client)
            app.send(.start)
            try await app.waitUntil(timeout: .seconds(10)) { _ in terminal.lines.count > 3 && terminal.lines[3].contains("▶") }
            benchmark.stopMeasurement()
        }
    }

    Benchmark("SelectionMoveInCredentialsPane_PtyBytes",
              configuration: .init(metrics: [moveBytes, fullBytes, movePermille], thresholds: Tolerance.thresholds([moveBytes, fullBytes, movePermille]))) { benchmark in
        let client = try await LargeSandbox.shared.client()
        guard let pty = try? PseudoTerminal(columns: 80, rows: 24),
              let terminal = try? CursesTerminal(options: .init(
                  inputDescriptor: pty.slaveDescriptor, outputDescriptor: pty.slaveDescriptor,
                  terminalType: "xterm-256color", environment: ["TERM": "xterm-256color"], locale: "C.UTF-8"))
        else { return }
        defer { terminal.close() }
        let app = makeApp(terminal, client: client)
        app.send(.start)
        app.send(.key(.character("4")))
        try await app.waitUntilIdle(timeout: .seconds(30))
        app.render(force: true)
        _ = pty.drain()
        app.send(.key(.control("l")))
        app.render()
        let full = pty.drain().count
        var moved = 0
        for _ in 0..<20 {
            app.send(.key(.down))
            app.render()
            moved += pty.drain().count
        }
        benchmark.measurement(fullBytes, full)
        benchmark.measurement(moveBytes, moved / 20)
        benchmark.measurement(movePermille, full > 0 ? moved / 20 * 1000 / full : 0)
    }

    let walkMetrics = [BenchmarkMetric.wallClock, residentMB, consoleMB, rowsLoaded]
    Benchmark("ScrollThroughEveryCredential_ResidentMemory",
              configuration: .init(metrics: walkMetrics, thresholds: Tolerance.thresholds(walkMetrics, memory: [residentMB, consoleMB]))) { benchmark in
        let (app, _) = try await walkedConsole()
        benchmark.measurement(rowsLoaded, app.state.credentials.count)
        let after = residentMegabytes()
        benchmark.measurement(residentMB, after)
        benchmark.measurement(consoleMB, after - residentBeforeWalk)
    }

    Benchmark("FilterKeystroke_100kCredentialsLoaded",
              configuration: .init(metrics: [.wallClock], maxDuration: .seconds(20), maxIterations: 60,
                                   thresholds: Tolerance.thresholds([.wallClock]))) { benchmark in
        let (app, _) = try await walkedConsole()
        app.send(.key(.character("/")))
        let letters = Array("mobile key 12")
        for iteration in benchmark.scaledIterations {
            // Type one more letter (or start again): the local filter runs over every loaded row.
            let key: Key = iteration % letters.count == 0 ? .control("u") : .character(letters[iteration % letters.count])
            benchmark.startMeasurement()
            app.send(.key(key))
            app.render()
            benchmark.stopMeasurement()
        }
        app.send(.key(.escape))
    }
}
