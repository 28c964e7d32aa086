import Foundation

/// Finds the `keydesk` executable that `swift build` put beside this test bundle, so that
/// end-to-end tests run the very binary a user would run.
enum BinaryLocator {
    static var keydesk: URL {
        let bundleDir = Bundle.main.bundleURL.deletingLastPathComponent()
        let candidates = [
            bundleDir.appendingPathComponent("keydesk"),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("keydesk"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }
}
