// swift-tools-version: 6.1
// keydesk's benchmarks, kept in their own package so that `swift test` on the main package
// never builds the benchmark harness. Run: `cd Benchmarks && swift package benchmark`.
import PackageDescription

let benchmarkTarget = { (name: String, dependencies: [Target.Dependency]) -> Target in
    .executableTarget(
        name: name,
        dependencies: dependencies + ["BenchmarkTolerances", .product(name: "Benchmark", package: "benchmark")],
        path: "Benchmarks/\(name)",
        plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    )
}

let package = Package(
    name: "keydesk-benchmarks",
    dependencies: [
        .package(name: "keydesk", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        // The tolerances every benchmark declares for its metrics (see Thresholds/ and README.md).
        .target(name: "BenchmarkTolerances", dependencies: [.product(name: "Benchmark", package: "benchmark")],
                path: "Benchmarks/BenchmarkTolerances"),
        benchmarkTarget("SandboxBenchmarks", [.product(name: "SeamSandbox", package: "keydesk")]),
        benchmarkTarget("SeamAPIBenchmarks", [
            .product(name: "SeamAPI", package: "keydesk"), .product(name: "SeamSandbox", package: "keydesk"),
        ]),
        benchmarkTarget("TerminalBenchmarks", [.product(name: "ConsoleUI", package: "keydesk")]),
        benchmarkTarget("ConsoleBenchmarks", [
            .product(name: "ConsoleUI", package: "keydesk"), .product(name: "ConsoleCore", package: "keydesk"),
            .product(name: "ConsoleServices", package: "keydesk"), .product(name: "SeamAPI", package: "keydesk"), .product(name: "SeamSandbox", package: "keydesk"),
        ]),
    ]
)
