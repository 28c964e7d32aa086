// swift-tools-version: 6.1
// keydesk: a terminal console for the access control systems of apartment buildings,
// driven through the Seam API. Layers (the README, "How it is built"), strictly downward:
//   keydesk (executable) → ConsoleUI → ConsoleCore → SeamAPI;  ConsoleServices → ConsoleCore
//   (configuration, audit log, effect runners);  SeamSandbox stands alone.
import PackageDescription

let strictness: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

// Linux only: the terminal layer links ncursesw and tinfo, and the code uses Glibc and
// Synchronization.Mutex, so no Apple platform is declared.
let package = Package(
    name: "keydesk",
    products: [
        .executable(name: "keydesk", targets: ["keydesk"]),
        .library(name: "SeamAPI", targets: ["SeamAPI"]),
        .library(name: "SeamSandbox", targets: ["SeamSandbox"]),
        .library(name: "ConsoleUI", targets: ["ConsoleUI"]),
        .library(name: "ConsoleCore", targets: ["ConsoleCore"]),
        .library(name: "ConsoleServices", targets: ["ConsoleServices"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        // Hummingbird's own dependency, named here because SeamSandbox runs a `Service` of its own.
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        // SHA-256 for the audit log's hash chain (already in the graph through async-http-client).
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        // The shared audit trail of several SSH hosts (PostgresAuditLog); NIOSSL for its TLS settings.
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        // CSV reading (the import's residents file) and writing (list --format csv, the import report).
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
    ],
    targets: [
        // C shim over ncursesw: the only place that includes curses.h.
        .target(
            name: "CNCurses",
            cSettings: [.define("_XOPEN_SOURCE", to: "600"), .define("_DEFAULT_SOURCE"), .define("NCURSES_WIDECHAR", to: "1")],
            linkerSettings: [.linkedLibrary("ncursesw"), .linkedLibrary("tinfo")]
        ),
        // Async-signal-safe crash handling in C: on a fatal signal, restore the terminal, print one
        // line, write a report without memory contents, and exit (never Swift's backtracer).
        .target(name: "CCrashGuard"),
        // Cell grid, widgets, sanitizer, Terminal protocol with curses and virtual backends.
        .target(
            name: "ConsoleUI",
            dependencies: ["CNCurses", "CCrashGuard", "ConsoleCore"],
            swiftSettings: strictness
        ),
        // View models: state, actions, nested reducers, rows, key registry, wizard. Pure: no
        // terminal, no files, no clock; depends only on the API's models.
        .target(
            name: "ConsoleCore",
            dependencies: ["SeamAPI"],
            swiftSettings: strictness
        ),
        // What the pure core asks of the world: configuration (TOMLKit), the audit log (GRDB, or
        // PostgreSQL through postgres-nio for several hosts),
        // the environment, and the effect runners that call the Seam API.
        .target(
            name: "ConsoleServices",
            dependencies: [
                "ConsoleCore", "SeamAPI",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "TOMLKit", package: "TOMLKit"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "CSV", package: "CSV.swift"),
            ],
            swiftSettings: strictness
        ),
        // The typed async Seam API client. No UI.
        .target(
            name: "SeamAPI",
            dependencies: [
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictness
        ),
        // A Seam-compatible HTTP server with Latch semantics, stored in SQLite.
        .target(
            name: "SeamSandbox",
            dependencies: [
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictness
        ),
        .executableTarget(
            name: "keydesk",
            dependencies: [
                "ConsoleUI", "ConsoleCore", "ConsoleServices", "SeamAPI", "SeamSandbox", "CCrashGuard",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "CSV", package: "CSV.swift"),
            ],
            swiftSettings: strictness
        ),
        // What the test suites share: the snapshot helpers (text and styles), `eventually`,
        // temporary directories, a sample key registry and move-out plan, and a log capture.
        // The test process's defaults, set before Swift Testing starts (at most 8 tests at once).
        .target(name: "CTestDefaults", path: "Tests/CTestDefaults"),
        .target(
            name: "KeydeskTestSupport",
            dependencies: ["ConsoleUI", "ConsoleCore", "CTestDefaults", .product(name: "Logging", package: "swift-log")],
            path: "Tests/KeydeskTestSupport",
            swiftSettings: strictness
        ),
        .testTarget(
            name: "SeamSandboxTests",
            dependencies: [
                "SeamSandbox", "KeydeskTestSupport", .product(name: "AsyncHTTPClient", package: "async-http-client"),
                // Tests that look at the store directly (@testable), as ConsoleDriverTests do,
                // and that read what the sandbox logs.
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictness
        ),
        .testTarget(name: "SeamAPITests", dependencies: ["SeamAPI", "SeamSandbox", "KeydeskTestSupport"], swiftSettings: strictness),
        .testTarget(name: "ConsoleUITests", dependencies: ["ConsoleUI", "ConsoleCore", "SeamAPI", "KeydeskTestSupport"], exclude: ["__Snapshots__"], swiftSettings: strictness),
        .testTarget(name: "ConsoleCoreTests", dependencies: ["ConsoleCore", "SeamSandbox", "KeydeskTestSupport"], exclude: ["Import/__Snapshots__"], swiftSettings: strictness),
        // A test helper process that audits fake changes into a PostgreSQL trail under a host name
        // of its choosing (tests run several at once); never part of the product.
        .executableTarget(
            name: "KeydeskAuditWriter",
            dependencies: ["ConsoleServices", "ConsoleCore"],
            path: "Tests/KeydeskAuditWriter",
            swiftSettings: strictness
        ),
        // ConsoleUI only for its Sanitizer, which `keydesk audit` passes to AuditExport;
        // KeydeskAuditWriter to be built for the PostgreSQL trail's multi-process tests.
        .testTarget(name: "ConsoleServicesTests", dependencies: ["ConsoleServices", "ConsoleCore", "ConsoleUI", "SeamAPI", "SeamSandbox", "KeydeskTestSupport",
                                                                 "KeydeskAuditWriter",
                                                                 .product(name: "GRDB", package: "GRDB.swift")], swiftSettings: strictness),
        // The real console (ConsoleApp) on a VirtualTerminal against a sandbox on loopback.
        .testTarget(
            name: "ConsoleDriverTests",
            dependencies: ["ConsoleUI", "ConsoleCore", "ConsoleServices", "SeamAPI", "SeamSandbox", "KeydeskTestSupport",
                           .product(name: "GRDB", package: "GRDB.swift"), .product(name: "Logging", package: "swift-log")],
            swiftSettings: strictness
        ),
        // Runs the built `keydesk` binary (in tmux, or as a sandbox process); no module imports.
        .testTarget(name: "KeydeskEndToEndTests", dependencies: ["keydesk", "KeydeskTestSupport"], exclude: ["__Snapshots__"], swiftSettings: strictness),
    ]
)
