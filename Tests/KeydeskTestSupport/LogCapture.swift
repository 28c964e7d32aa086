public import Logging
import Foundation
import Synchronization

/// Every line the loggers made with `logger(_:)` emitted, at trace level and above, with their
/// metadata, so tests can check what the client logs, count requests at the sandbox ("GET
/// /events/list 200 …"), and check what a log file would hold.
public final class LogCapture: Sendable {
    private let lines = Mutex<[String]>([])

    public init() {}

    public var recorded: [String] { lines.withLock { $0 } }

    /// Lines that contain `text`.
    public func count(_ text: String) -> Int { recorded.filter { $0.contains(text) }.count }

    public func logger(_ label: String = "test.seam-api") -> Logger {
        var logger = Logger(label: label) { _ in Handler(capture: self) }
        logger.logLevel = .trace
        return logger
    }

    /// Writes every line so far to `path`, as a log file would hold them.
    public func write(to path: String) throws {
        try (recorded.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
    }

    private struct Handler: LogHandler {
        let capture: LogCapture
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            let all = metadata.merging(event.metadata ?? [:]) { $1 }
            let line = "\(event.level) \(event.message) " + all.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: " ")
            capture.lines.withLock { $0.append(line) }
        }
    }
}
